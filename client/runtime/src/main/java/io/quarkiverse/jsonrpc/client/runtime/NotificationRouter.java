package io.quarkiverse.jsonrpc.client.runtime;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;

import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.client.runtime.protocol.Incoming;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ReadFailures;
import io.quarkiverse.jsonrpc.client.runtime.transport.ClientTransport;
import io.quarkiverse.jsonrpc.client.runtime.transport.ConnectionListener;
import io.quarkiverse.jsonrpc.common.json.ExactDecimals;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Hands each notification of a WebSocket client's connection to whoever waits for its method: the subscriptions,
 * the {@code Multi} of a {@code @OnJsonRpcNotification} interface method, the receiving bean methods.
 */
final class NotificationRouter implements ConnectionListener {

    private static final Logger LOG = Logger.getLogger(NotificationRouter.class);

    private final ClientSettings settings;
    private final Subscriptions subscriptions;
    private final Map<String, List<Consumer<JsonNode>>> byMethod = new ConcurrentHashMap<>();
    private final AtomicInteger receivers = new AtomicInteger();
    /** The notification streams subscribed to: failed when the client closes, as its calls and subscriptions are. */
    private final Set<MultiEmitter<? super Object>> streams = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    NotificationRouter(ClientSettings settings, Subscriptions subscriptions) {
        this.settings = settings;
        this.subscriptions = subscriptions;
    }

    /** A receiver for as long as the client lives. */
    void addReceiver(String method, Consumer<JsonNode> receiver) {
        receivers.incrementAndGet();
        byMethod.computeIfAbsent(method, m -> new CopyOnWriteArrayList<>()).add(receiver);
    }

    /** The notifications of the method {@code spec.name()}, read with {@code reader}, while subscribed. */
    Multi<Object> stream(CallSpec spec, ObjectReader reader, ClientTransport transport) {
        return Multi.createFrom().emitter(emitter -> {
            if (!transport.carriesNotifications()) {
                emitter.fail(new IllegalStateException(spec.javaMethod() + " receives server notifications, which"
                        + " only a WebSocket carries: set quarkus.jsonrpc-client.\"" + settings.configKey()
                        + "\".url to a ws:// or wss:// URL"));
                return;
            }
            AtomicBoolean nullSaid = new AtomicBoolean();
            Consumer<JsonNode> receiver = params -> {
                try {
                    Object item = ExactDecimals.read(reader, params);
                    if (item != null) {
                        emitter.emit(item);
                    } else if (nullSaid.compareAndSet(false, true)) {
                        // a Multi holds no null: said once, not at each notification of a method that has no params
                        LOG.warnf("Ignored a %s notification without params, or with null ones, which %s cannot stream"
                                + " (a Multi holds no null): declare a Multi<JsonNode> or a Multi<Optional<...>>",
                                spec.name(), spec.javaMethod());
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.warnf("Ignored a %s notification that %s cannot read: %s", spec.name(), spec.javaMethod(),
                            ReadFailures.reason(e));
                }
            };
            List<Consumer<JsonNode>> list = byMethod.computeIfAbsent(spec.name(), m -> new CopyOnWriteArrayList<>());
            list.add(receiver);
            receivers.incrementAndGet();
            streams.add(emitter);
            emitter.onTermination(() -> {
                streams.remove(emitter);
                if (list.remove(receiver)) {
                    receivers.decrementAndGet();
                }
            });
            // after the stream is known: a close meanwhile either finds it, or is seen here
            if (closed) {
                emitter.fail(closedFailure());
                return;
            }
            transport.connect();
        });
    }

    /** The client closes: its notification streams end with a failure, and new ones fail at once. */
    void close() {
        closed = true;
        for (MultiEmitter<? super Object> stream : streams) {
            stream.fail(closedFailure());
        }
    }

    private JsonRpcTransportException closedFailure() {
        return new JsonRpcTransportException("The JSON-RPC client '" + settings.configKey() + "' was closed", null);
    }

    @Override
    public void onNotification(Incoming.Notification notification) {
        JsonNode params = notification.params() == null ? NullNode.instance : notification.params();
        if (notification.method().equals(settings.subscriptions().notificationMethod())
                && subscriptions.onNotification(params)) {
            return;
        }
        List<Consumer<JsonNode>> receiving = byMethod.get(notification.method());
        if (receiving == null || receiving.isEmpty()) {
            LOG.debugf("No receiver for the notification %s from %s", notification.method(), settings.url());
            return;
        }
        for (Consumer<JsonNode> receiver : receiving) {
            receiver.accept(params);
        }
    }

    @Override
    public void onDisconnected(Throwable cause) {
        subscriptions.onDisconnected(cause);
    }

    @Override
    public void onReconnected() {
        subscriptions.onReconnected();
    }

    @Override
    public boolean wantsConnection() {
        return receivers.get() > 0 || subscriptions.wantsConnection();
    }
}
