package io.quarkiverse.jsonrpc.server.runtime.push;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;

/**
 * Broadcast through Redis pub/sub: every instance publishes its deliveries on one channel and subscribes to it,
 * delivering the others' deliveries to its own connections. When Redis goes away, local delivery goes on, one
 * warning is logged, and the subscription is retried until Redis is back. A bean only where quarkus-redis-client is.
 */
@Singleton
public class RedisBroadcast implements Broadcast {

    private static final Logger LOG = Logger.getLogger(RedisBroadcast.class);

    private final Instance<Redis> redisClient;
    private final Vertx vertx;
    private final JsonRpcServerConfig config;
    private final LocalDelivery local;
    private final String origin = UUID.randomUUID().toString();
    /** Set while Redis is unreachable, so the outage is logged once, not per message. */
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile boolean subscribed;
    private volatile boolean publishing = true;
    private volatile boolean stopped;
    private volatile RedisConnection subscriber;
    private volatile Redis redis;

    // the client is looked up only when Redis broadcast is on: with broadcast=local no Redis needs configuring
    RedisBroadcast(Instance<Redis> redisClient, Vertx vertx, JsonRpcServerConfig config, ConnectionRegistry registry) {
        this.redisClient = redisClient;
        this.vertx = vertx;
        this.config = config;
        this.local = new LocalDelivery(registry);
    }

    void start(@Observes StartupEvent event) {
        if (config.broadcast() == JsonRpcServerConfig.Broadcast.REDIS) {
            redis = redisClient.get();
            subscribe();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        RedisConnection connection = subscriber;
        if (connection != null) {
            connection.close();
        }
    }

    @Override
    public Uni<Void> publish(Delivery delivery) {
        Request request = Request.cmd(Command.PUBLISH).arg(config.redis().channel())
                .arg(Buffer.buffer(new Envelope(origin, delivery).encode()));
        return Uni.createFrom().completionStage(() -> redis.send(request).toCompletionStage())
                .onItem().invoke(published -> {
                    publishing = true;
                    recovered();
                })
                .onFailure().recoverWithItem(failure -> {
                    publishing = false;
                    lost(failure);
                    return null;
                })
                .replaceWithVoid();
    }

    @Override
    public boolean isUp() {
        return subscribed && publishing;
    }

    private void subscribe() {
        if (stopped) {
            return;
        }
        redis.connect().onSuccess(connection -> {
            connection.handler(this::received);
            connection.exceptionHandler(failure -> resubscribeLater(connection, failure));
            connection.endHandler(ended -> resubscribeLater(connection, null));
            connection.send(Request.cmd(Command.SUBSCRIBE).arg(config.redis().channel())).onSuccess(ok -> {
                subscriber = connection;
                subscribed = true;
                // a fresh connection proves Redis reachable: publishing is expected to work again
                publishing = true;
                recovered();
            }).onFailure(failure -> resubscribeLater(connection, failure));
        }).onFailure(failure -> resubscribeLater(null, failure));
    }

    private void resubscribeLater(RedisConnection connection, Throwable failure) {
        if (connection != null && subscriber != null && connection != subscriber) {
            return; // an old connection ending: a newer one already took over
        }
        subscribed = false;
        subscriber = null;
        if (connection != null) {
            connection.close();
        }
        lost(failure);
        if (!stopped) {
            vertx.setTimer(Math.max(1, config.redis().reconnectDelay().toMillis()), id -> subscribe());
        }
    }

    private void received(Response message) {
        // pushed as ["message", channel, payload]
        if (message.size() != 3 || !"message".equals(message.get(0).toString())) {
            return;
        }
        Envelope envelope;
        try {
            envelope = Envelope.decode(message.get(2).toBytes());
        } catch (java.io.IOException e) {
            LOG.debugf("Ignored a message on channel %s that is not a delivery: %s", config.redis().channel(), e);
            return;
        }
        if (!origin.equals(envelope.origin())) {
            local.deliver(envelope.delivery()).subscribe().with(done -> {
            }, failure -> LOG.debugf("Delivery from another instance failed: %s", failure));
        }
    }

    private void lost(Throwable failure) {
        if (down.compareAndSet(false, true)) {
            LOG.warnf("Redis broadcast is down (%s): notifications reach this instance's connections only until it"
                    + " is back", failure == null ? "connection closed" : failure.getMessage());
        }
    }

    private void recovered() {
        if (isUp() && down.compareAndSet(true, false)) {
            LOG.info("Redis broadcast is back: notifications reach every instance again");
        }
    }
}
