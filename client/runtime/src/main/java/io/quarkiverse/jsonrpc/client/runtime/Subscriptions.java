package io.quarkiverse.jsonrpc.client.runtime;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ErrorObjects;
import io.quarkiverse.jsonrpc.client.runtime.protocol.Params;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ReadFailures;
import io.quarkiverse.jsonrpc.common.json.ExactDecimals;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * The live subscriptions of a client. Subscribing calls the method (or the configured subscribe method), whose result
 * is the subscription id; items then arrive as notifications naming that id; cancelling calls the unsubscribe
 * method.
 */
final class Subscriptions {

    private static final Logger LOG = Logger.getLogger(Subscriptions.class);

    private final ClientSettings settings;
    private final ObjectReader idReader;
    private final Map<String, Live> byId = new ConcurrentHashMap<>();
    private final Set<Live> all = ConcurrentHashMap.newKeySet();
    /** The methods whose unsubscribing the server refused, logged at WARN once each. */
    private final Set<String> refusedUnsubscribing = ConcurrentHashMap.newKeySet();

    Subscriptions(ClientSettings settings, ObjectReader idReader) {
        this.settings = settings;
        this.idReader = idReader;
    }

    /** @param core the client of the interface whose method {@code spec} is: its calls, its exception mapper */
    Multi<Object> subscribe(ClientCore core, CallSpec spec, ObjectReader reader, Object[] args) {
        return Multi.createFrom().emitter(emitter -> {
            if (!core.transport().carriesNotifications()) {
                emitter.fail(new IllegalStateException(spec.javaMethod() + " returns "
                        + (spec.kind() == CallKind.FLOW ? "Flow" : "Multi") + ", a subscription, which"
                        + " only a WebSocket carries: set quarkus.jsonrpc-client.\"" + settings.configKey()
                        + "\".url to a ws:// or wss:// URL"));
                return;
            }
            Live live = new Live(core, spec, reader, args, emitter);
            all.add(live);
            emitter.onTermination(live::terminated);
            live.start();
        });
    }

    /** Whether {@code params} belonged to a subscription of this client. */
    boolean onNotification(JsonNode params) {
        JsonNode id = params.get("subscription");
        Live live = id == null ? null : byId.get(id.asText());
        if (live == null) {
            return false;
        }
        live.received(params);
        return true;
    }

    void onDisconnected(Throwable cause) {
        // those of the connection that dropped: one made again as one of them ends (a retry) is the next connection's
        for (Live live : List.copyOf(all)) {
            byId.remove(live.key());
            if (settings.subscriptions().resubscribe()) {
                live.id = null;
                live.lost = true;
            } else {
                live.endWith(new JsonRpcTransportException("The subscription " + live.spec.javaMethod() + " ended: "
                        + cause.getMessage(), cause));
            }
        }
    }

    void onReconnected() {
        for (Live live : all) {
            // not every subscription without an id: one made while disconnected subscribes as it opens the connection
            if (live.lost) {
                live.lost = false;
                live.start();
            }
        }
    }

    boolean wantsConnection() {
        return settings.subscriptions().resubscribe() && !all.isEmpty();
    }

    void closeAll() {
        for (Live live : all) {
            live.endWith(new JsonRpcTransportException("The JSON-RPC client '" + settings.configKey()
                    + "' was closed", null));
        }
    }

    /** One subscription, from the subscribe call to its end. */
    private final class Live {

        final ClientCore core;
        final CallSpec spec;
        final ObjectReader reader;
        final Object[] args;
        final MultiEmitter<? super Object> emitter;
        volatile JsonNode id;
        volatile boolean ended;
        /** It ended with its connection, and is made again on the next ({@code resubscribe}). */
        volatile boolean lost;

        Live(ClientCore core, CallSpec spec, ObjectReader reader, Object[] args, MultiEmitter<? super Object> emitter) {
            this.core = core;
            this.spec = spec;
            this.reader = reader;
            this.args = args;
            this.emitter = emitter;
        }

        String key() {
            JsonNode current = id;
            return current == null ? "" : current.asText();
        }

        void start() {
            String subscribeMethod = settings.subscriptions().subscribeMethod().orElse(null);
            CallSpec call = new CallSpec(spec.javaMethod(), subscribeMethod == null ? spec.name() : subscribeMethod,
                    CallKind.UNI, spec.paramNames(), spec.varargs(), JsonNode.class.getName(), null,
                    spec.timeoutMillis(), false);
            Params params = subscribeMethod == null ? core.params(spec, args)
                    : Params.positional(args, spec.varargs(), spec.name());
            // the answer is handled on the connection's thread before the next message: no item can be missed
            core.call(call, idReader, params).subscribe().with(result -> {
                JsonNode subscriptionId = (JsonNode) result;
                if (subscriptionId == null || !subscriptionId.isValueNode() || subscriptionId.isNull()) {
                    // nothing to match its notifications by, nor to unsubscribe with
                    endWith(new JsonRpcTransportException("The server answered the subscribe call " + call.name()
                            + " with " + subscriptionId + ", not a subscription id", null));
                    return;
                }
                if (!publish(subscriptionId)) {
                    unsubscribe(subscriptionId);
                }
            }, failure -> {
                // its connection closed before the answer, and it is made again on the next (resubscribe)
                if (!lost) {
                    endWith(failure);
                }
            });
        }

        /**
         * Takes the id the server gave, unless it ended meanwhile. Under the lock {@link #end()} takes: a cancel on
         * another thread between the check and the publication would find no id to unsubscribe, and the server would
         * push its items for good to a subscriber that is gone.
         */
        private synchronized boolean publish(JsonNode subscriptionId) {
            if (ended) {
                return false;
            }
            id = subscriptionId;
            byId.put(subscriptionId.asText(), this);
            return true;
        }

        /** Ends it, once: whether this call did. Its id, read after, is then its last. */
        private boolean end() {
            synchronized (this) {
                if (ended) {
                    return false;
                }
                ended = true;
            }
            forget();
            return true;
        }

        void received(JsonNode params) {
            JsonNode result = params.get("result");
            JsonNode error = params.get("error");
            if (result != null) {
                try {
                    Object item = ExactDecimals.read(reader, result);
                    if (item != null) {
                        emitter.emit(item);
                    }
                } catch (IOException | RuntimeException e) {
                    // the client ends it, not the server, whose stream goes on: it is told to stop it
                    if (endAndUnsubscribe()) {
                        emitter.fail(new JsonRpcTransportException("An item of the subscription " + spec.javaMethod()
                                + " cannot be read as " + spec.resultType() + ": " + ReadFailures.reason(e), e));
                    }
                }
            } else if (error != null) {
                endWith(core.mapped(ErrorObjects.toException(spec.name(), error)));
            } else if (params.path("complete").asBoolean(false) && end()) {
                emitter.complete();
            }
        }

        void endWith(Throwable failure) {
            if (end()) {
                emitter.fail(failure);
            }
        }

        /** The subscriber cancelled (or the stream ended, in which case there is nothing to do). */
        void terminated() {
            endAndUnsubscribe();
        }

        /** Ends it on the client's side, once, and tells the server, if it has its id: whether this call ended it. */
        private boolean endAndUnsubscribe() {
            if (!end()) {
                return false;
            }
            JsonNode current = id;
            if (current != null) {
                unsubscribe(current);
            }
            return true;
        }

        private void forget() {
            all.remove(this);
            JsonNode current = id;
            if (current != null) {
                byId.remove(current.asText(), this);
            }
        }

        private void unsubscribe(JsonNode subscriptionId) {
            CallSpec call = new CallSpec(spec.javaMethod(), settings.subscriptions().unsubscribeMethod(),
                    CallKind.UNI, List.of(), false, null, null, spec.timeoutMillis(), false);
            core.call(call, null, Params.positional(new Object[] { subscriptionId }, false, null)).subscribe()
                    .with(ignored -> {
                    }, failure -> unsubscribingFailed(subscriptionId, failure));
        }

        /**
         * A server that answers the unsubscribe call with an error keeps the stream going, its items dropped here: a
         * method the server does not have is a setting to fix, said once per method. A connection that failed ended
         * the stream with it.
         */
        private void unsubscribingFailed(JsonNode subscriptionId, Throwable failure) {
            String method = settings.subscriptions().unsubscribeMethod();
            if (failure instanceof JsonRpcClientException refused && refusedUnsubscribing.add(spec.javaMethod())) {
                LOG.warnf("%s refused to end subscription %s of %s: its unsubscribe method, %s, answered %d %s. The"
                        + " server may go on sending the subscription's items, which are dropped: check"
                        + " quarkus.jsonrpc-client.\"%s\".subscriptions.unsubscribe-method (further refusals for %s are"
                        + " logged at DEBUG)", settings.url(), subscriptionId, spec.javaMethod(), method, refused.code(),
                        refused.getMessage(), settings.configKey(), spec.javaMethod());
            } else {
                LOG.debugf("Unsubscribing %s from %s failed: %s", subscriptionId, spec.javaMethod(),
                        failure.getMessage());
            }
        }
    }
}
