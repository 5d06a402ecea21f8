package io.quarkiverse.jsonrpc.server.spi;

import java.util.List;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;

/**
 * Observes every call the engine answers: metrics, traces, the Dev UI's last calls. A call is each request of a
 * message that names a method, notifications included, whatever its outcome (a method not found and invalid params
 * too); a message that is not JSON, or a request without a method, is no call. The engine calls nothing when no
 * listener is registered.
 */
public interface CallListener {

    /** What metrics and traces call a method that does not exist: clients must not choose tags and span names. */
    String UNKNOWN_METHOD = "UNKNOWN";

    /**
     * A call begins, on the thread that received its message.
     *
     * @param method the method name as the client wrote it: tag metrics with it only once it turned out to exist
     *        (see {@link Call#onEnd})
     * @param version {@code "2.0"} or {@code "1.0"}
     * @param id the request id as a Java value ({@code String}, {@code Long}, {@code BigInteger},
     *        {@code BigDecimal}), {@code null} for a notification
     * @return what follows this call; never {@code null}
     */
    Call onStart(String method, JsonRpcTransport transport, String version, Object id);

    /** One call under way. */
    interface Call {

        /**
         * Runs on the thread that runs the method, right before it: makes what this call carries (a span, say)
         * current there, so that what the method itself records nests under the call.
         *
         * @return closed on the same thread when the method returns; {@code null} when there is nothing to close
         */
        default AutoCloseable enter() {
            return null;
        }

        /**
         * The call is answered (or, for a notification, done). Called exactly once.
         *
         * @param errorCode the JSON-RPC error code, 0 for a result;
         *        {@link io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes#METHOD_NOT_FOUND} means the name
         *        may be anything a client sent
         * @param errorMessage the error's message, {@code null} for a result
         * @param durationNanos from {@link CallListener#onStart} to the response
         */
        void onEnd(int errorCode, String errorMessage, long durationNanos);
    }

    /** The listener that tells all of these, in order; {@code null} for none, so that the engine skips the work. */
    static CallListener of(List<? extends CallListener> listeners) {
        if (listeners.isEmpty()) {
            return null;
        }
        if (listeners.size() == 1) {
            return listeners.get(0);
        }
        List<CallListener> all = List.copyOf(listeners);
        return (method, transport, version, id) -> {
            Call[] calls = new Call[all.size()];
            for (int i = 0; i < calls.length; i++) {
                calls[i] = all.get(i).onStart(method, transport, version, id);
            }
            return new Composite(calls);
        };
    }

    /** The calls of several listeners as one. */
    final class Composite implements Call {

        private final Call[] calls;

        Composite(Call[] calls) {
            this.calls = calls;
        }

        @Override
        public AutoCloseable enter() {
            AutoCloseable[] scopes = new AutoCloseable[calls.length];
            for (int i = 0; i < calls.length; i++) {
                scopes[i] = calls[i].enter();
            }
            return () -> {
                for (int i = scopes.length - 1; i >= 0; i--) {
                    if (scopes[i] != null) {
                        scopes[i].close();
                    }
                }
            };
        }

        @Override
        public void onEnd(int errorCode, String errorMessage, long durationNanos) {
            for (Call call : calls) {
                call.onEnd(errorCode, errorMessage, durationNanos);
            }
        }
    }
}
