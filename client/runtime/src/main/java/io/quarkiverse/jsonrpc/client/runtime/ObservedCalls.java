package io.quarkiverse.jsonrpc.client.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.client.runtime.transport.MessageObservation;
import io.quarkiverse.jsonrpc.common.telemetry.ListenerFailures;

/**
 * The listeners of a client as one: nothing is allocated per call when there are none. A listener that fails (a meter
 * registry's, a tracer's) costs the call neither its answer nor the other listeners what they are told: its failure is
 * logged, and the call goes on without it.
 */
final class ObservedCalls {

    private static final Logger LOG = Logger.getLogger(ObservedCalls.class);

    private final List<ClientCallListener> listeners;

    ObservedCalls(List<ClientCallListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** One started call: its listeners' calls, and the headers they add. */
    record Started(ClientCallListener.Call[] calls, Map<String, String> headers, long startNanos, String method)
            implements
                MessageObservation {

        static final Started NONE = new Started(new ClientCallListener.Call[0], Map.of(), 0, null);

        @Override
        public boolean observed() {
            return calls.length > 0;
        }

        @Override
        public AutoCloseable enter() {
            if (!observed()) {
                return null;
            }
            List<AutoCloseable> scopes = new ArrayList<>(calls.length);
            for (ClientCallListener.Call call : calls) {
                try {
                    AutoCloseable scope = call.enter();
                    if (scope != null) {
                        scopes.add(scope);
                    }
                } catch (Throwable e) {
                    ListenerFailures.failed(LOG, call, "enter", method, e);
                }
            }
            return scopes.isEmpty() ? null : () -> {
                for (int i = scopes.size() - 1; i >= 0; i--) {
                    try {
                        scopes.get(i).close();
                    } catch (Throwable e) {
                        ListenerFailures.failed(LOG, scopes.get(i), "the close of what enter returned", method, e);
                    }
                }
            };
        }

        @Override
        public void peer(String address, int port) {
            for (ClientCallListener.Call call : calls) {
                try {
                    call.peer(address, port);
                } catch (Throwable e) {
                    ListenerFailures.failed(LOG, call, "peer", method, e);
                }
            }
        }

        void end(Throwable failure) {
            if (!observed()) {
                return;
            }
            long duration = System.nanoTime() - startNanos;
            for (ClientCallListener.Call call : calls) {
                try {
                    call.onEnd(failure, duration);
                } catch (Throwable e) {
                    ListenerFailures.failed(LOG, call, "onEnd", method, e);
                }
            }
        }
    }

    /** @param endpoint the path of the client's {@code @JsonRpcEndpoint}; {@code null} for none */
    Started start(ClientSettings client, String endpoint, String method, Long id) {
        if (listeners.isEmpty()) {
            return Started.NONE;
        }
        ClientCallListener.Call[] calls = new ClientCallListener.Call[listeners.size()];
        Map<String, String> headers = new HashMap<>(4);
        for (int i = 0; i < calls.length; i++) {
            try {
                ClientCallListener.Call call = listeners.get(i).onStart(client, endpoint, method, id);
                calls[i] = call == null ? ClientCallListener.Call.NONE : call;
            } catch (Throwable e) {
                ListenerFailures.failed(LOG, listeners.get(i), "onStart", method, e);
                calls[i] = ClientCallListener.Call.NONE;
            }
            try {
                calls[i].headers(headers::put);
            } catch (Throwable e) {
                ListenerFailures.failed(LOG, calls[i], "headers", method, e);
            }
        }
        return new Started(calls, headers, System.nanoTime(), method);
    }
}
