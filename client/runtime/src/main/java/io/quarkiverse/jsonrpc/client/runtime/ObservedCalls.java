package io.quarkiverse.jsonrpc.client.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.client.runtime.transport.MessageObservation;

/** The listeners of a client as one: nothing is allocated per call when there are none. */
final class ObservedCalls {

    private final List<ClientCallListener> listeners;

    ObservedCalls(List<ClientCallListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** One started call: its listeners' calls, and the headers they add. */
    record Started(ClientCallListener.Call[] calls, Map<String, String> headers, long startNanos)
            implements
                MessageObservation {

        static final Started NONE = new Started(new ClientCallListener.Call[0], Map.of(), 0);

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
                AutoCloseable scope = call.enter();
                if (scope != null) {
                    scopes.add(scope);
                }
            }
            return scopes.isEmpty() ? null : () -> {
                for (int i = scopes.size() - 1; i >= 0; i--) {
                    scopes.get(i).close();
                }
            };
        }

        @Override
        public void peer(String address, int port) {
            for (ClientCallListener.Call call : calls) {
                call.peer(address, port);
            }
        }

        void end(Throwable failure) {
            if (!observed()) {
                return;
            }
            long duration = System.nanoTime() - startNanos;
            for (ClientCallListener.Call call : calls) {
                call.onEnd(failure, duration);
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
            calls[i] = listeners.get(i).onStart(client, endpoint, method, id);
            calls[i].headers(headers::put);
        }
        return new Started(calls, headers, System.nanoTime());
    }
}
