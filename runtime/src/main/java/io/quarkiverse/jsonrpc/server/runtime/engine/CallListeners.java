package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.List;

import io.quarkiverse.jsonrpc.server.spi.CallListener;

/** The listeners of the application's calls, told as one. */
public final class CallListeners {

    private CallListeners() {
    }

    /** The listener that tells all of these, in order; {@code null} for none, so that the engine skips the work. */
    public static CallListener of(List<? extends CallListener> listeners) {
        if (listeners.isEmpty()) {
            return null;
        }
        if (listeners.size() == 1) {
            return listeners.get(0);
        }
        List<CallListener> all = List.copyOf(listeners);
        return request -> {
            CallListener.Call[] calls = new CallListener.Call[all.size()];
            for (int i = 0; i < calls.length; i++) {
                calls[i] = all.get(i).onStart(request);
            }
            return new Composite(calls);
        };
    }

    /** The calls of several listeners as one. */
    private static final class Composite implements CallListener.Call {

        private final CallListener.Call[] calls;

        Composite(CallListener.Call[] calls) {
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
            for (CallListener.Call call : calls) {
                call.onEnd(errorCode, errorMessage, durationNanos);
            }
        }

        @Override
        public void onCancel(long durationNanos) {
            for (CallListener.Call call : calls) {
                call.onCancel(durationNanos);
            }
        }
    }
}
