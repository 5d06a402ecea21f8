package io.quarkiverse.jsonrpc.server.runtime.push;

import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;

/**
 * Broadcast through Redis pub/sub: every instance publishes its deliveries on one channel and subscribes to it,
 * delivering the others' deliveries to its own connections. When Redis goes away (refuses, drops, or stops answering
 * for {@code redis.timeout}), local delivery goes on, one warning is logged, deliveries are no longer published, and
 * the subscription is made again every {@code redis.reconnect-delay} until Redis answers; then publishing resumes. A
 * send never waits longer than the timeout for Redis. A bean only where quarkus-redis-client is.
 */
@Singleton
public class RedisBroadcast implements Broadcast {

    private static final Logger LOG = Logger.getLogger(RedisBroadcast.class);

    private final Vertx vertx;
    private final JsonRpcServerConfig config;
    private final LocalDelivery local;
    private final String origin = UUID.randomUUID().toString();
    /** Set while Redis is unreachable, so the outage is logged once, not per message. */
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile boolean subscribed;
    /** Cleared when a publish fails, set again by a confirmed subscription: no publish meanwhile. */
    private volatile boolean publishing = true;
    private volatile boolean stopped;
    /** The subscription being made or held; each attempt replaces it, and what an older one does later is ignored. */
    private volatile Subscription current;
    private final Redis redis;
    private volatile long checks = -1;
    /**
     * The connection every publish goes on, made at the first and again after one failed. Not the client's pool, a
     * connection per publish: publishes in flight together would take different connections, reach Redis in any
     * order, and, past the pool's size and its waiting queue, fail as if Redis were down. Guarded by this.
     */
    private Future<RedisConnection> publisher;

    // the client is looked up only when Redis broadcast is on: with broadcast=local no Redis needs configuring. Here,
    // not as the application starts: what is sent before (by another observer of the start) is published too
    RedisBroadcast(Instance<Redis> redisClient, Vertx vertx, JsonRpcServerConfig config, ConnectionRegistry registry) {
        this.vertx = vertx;
        this.config = config;
        this.local = new LocalDelivery(registry);
        this.redis = config.broadcast() == JsonRpcServerConfig.Broadcast.REDIS ? redisClient.get() : null;
    }

    void start(@Observes StartupEvent event) {
        if (config.broadcast() == JsonRpcServerConfig.Broadcast.REDIS) {
            subscribe();
            checks = vertx.setPeriodic(Math.max(1, config.redis().checkInterval().toMillis()), id -> check());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        vertx.cancelTimer(checks);
        Subscription subscription = current;
        if (subscription != null) {
            // the instance's own closing: not an outage
            subscription.end(null);
        }
    }

    @Override
    public Uni<Void> publish(Delivery delivery) {
        if (!publishing) {
            // Redis is away: this instance's connections only, until the subscription is made again
            return Uni.createFrom().voidItem();
        }
        byte[] envelope;
        try {
            envelope = new Envelope(origin, delivery).encode();
        } catch (IllegalArgumentException e) {
            // this instance's connections still get it, as the contract of publish says; Redis is not to blame
            LOG.warnf("Notification not published to the other instances: %s", e.getMessage());
            return Uni.createFrom().voidItem();
        }
        Request request = Request.cmd(Command.PUBLISH).arg(config.redis().channel()).arg(Buffer.buffer(envelope));
        return Uni.createFrom().deferred(() -> {
            Future<RedisConnection> connection = publisher();
            return Uni.createFrom().completionStage(() -> connection.compose(made -> made.send(request)).toCompletionStage())
                    .ifNoItem().after(config.redis().timeout()).failWith(this::noAnswer)
                    // the next publish does not wait behind this one on a connection that may be gone
                    .onFailure().invoke(failure -> forget(connection));
        })
                .onItem().invoke(this::recovered)
                .onFailure().recoverWithItem(failure -> {
                    notAnswering(failure);
                    return null;
                })
                .replaceWithVoid();
    }

    private synchronized Future<RedisConnection> publisher() {
        if (publisher == null) {
            Future<RedisConnection> connection = redis.connect();
            publisher = connection;
            connection.onSuccess(made -> {
                made.exceptionHandler(failure -> forget(connection));
                made.endHandler(ignored -> forget(connection));
            });
        }
        return publisher;
    }

    /** The next publish makes a new connection; this one is given back, if it was made. */
    private void forget(Future<RedisConnection> connection) {
        synchronized (this) {
            if (publisher != connection) {
                return;
            }
            publisher = null;
        }
        connection.onSuccess(RedisConnection::close);
    }

    /** A publish or a PING failed: no publishing until the subscription is made again. */
    private void notAnswering(Throwable failure) {
        publishing = false;
        Subscription subscription = current;
        if (subscription != null) {
            // a subscription on a Redis that fails publishes is no proof of anything: made again
            subscription.end(failure);
        } else {
            lost(failure);
        }
    }

    /**
     * While up, whether Redis still answers: an instance that sends nothing would otherwise take a Redis that stopped
     * answering for a quiet channel. While down, the subscription's attempts find out when it is back.
     */
    private void check() {
        if (stopped || !isUp()) {
            return;
        }
        Uni.createFrom().completionStage(() -> redis.send(Request.cmd(Command.PING)).toCompletionStage())
                .ifNoItem().after(config.redis().timeout()).failWith(this::noAnswer)
                .subscribe().with(pong -> {
                }, this::notAnswering);
    }

    @Override
    public boolean isUp() {
        return subscribed && publishing;
    }

    private void subscribe() {
        if (stopped) {
            return;
        }
        Subscription subscription = new Subscription();
        current = subscription;
        subscription.timer = vertx.setTimer(Math.max(1, config.redis().timeout().toMillis()),
                id -> subscription.end(noAnswer()));
        redis.connect().onSuccess(subscription::connected).onFailure(subscription::end);
    }

    private TimeoutException noAnswer() {
        return new TimeoutException("no answer within " + config.redis().timeout().toMillis() + " ms");
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

    /** One attempt to subscribe, and the subscription it makes, until it ends. */
    private final class Subscription {

        // guarded by this
        private RedisConnection connection;
        private boolean ended;
        private long timer = -1;

        void connected(RedisConnection made) {
            synchronized (this) {
                if (ended) {
                    made.close();
                    return;
                }
                connection = made;
            }
            made.handler(message -> {
                // a connection of an ended attempt may still deliver: its messages would come twice
                if (current != this) {
                    return;
                }
                if (isSubscribed(message)) {
                    confirmed();
                } else {
                    received(message);
                }
            });
            made.exceptionHandler(this::end);
            made.endHandler(ignored -> end(null));
            // the subscription holds once Redis says so: the request may complete as soon as it is written (a pooled
            // connection to a Redis that stopped answering takes it), and Redis's confirmation comes as a message
            made.send(Request.cmd(Command.SUBSCRIBE).arg(config.redis().channel())).onSuccess(reply -> {
                if (isSubscribed(reply)) {
                    confirmed();
                }
            }).onFailure(this::end);
        }

        /** Redis's confirmation of a subscription: ["subscribe", channel, count]. */
        private static boolean isSubscribed(Response message) {
            return message != null && message.size() > 0 && "subscribe".equalsIgnoreCase(message.get(0).toString());
        }

        private void confirmed() {
            synchronized (this) {
                if (ended) {
                    return;
                }
                vertx.cancelTimer(timer);
            }
            subscribed = true;
            // Redis answers again: publishing is expected to work again
            publishing = true;
            recovered();
        }

        /** Closes it, and, for the current one of a running instance, reports the outage and tries again later. */
        void end(Throwable failure) {
            RedisConnection ending;
            synchronized (this) {
                if (ended) {
                    return;
                }
                ended = true;
                ending = connection;
                vertx.cancelTimer(timer);
            }
            if (ending != null) {
                ending.close();
            }
            if (current != this || stopped) {
                return;
            }
            LOG.debugf("The subscription to Redis channel %s ended: %s", config.redis().channel(),
                    failure == null ? "connection closed" : failure.getMessage());
            subscribed = false;
            lost(failure);
            vertx.setTimer(Math.max(1, config.redis().reconnectDelay().toMillis()), id -> subscribe());
        }
    }
}
