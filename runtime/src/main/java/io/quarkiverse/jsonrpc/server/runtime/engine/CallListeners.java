package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.List;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.common.telemetry.ListenerFailures;
import io.quarkiverse.jsonrpc.server.spi.CallListener;

/**
 * The listeners of the application's calls, told as one. A listener that fails (a bug of the application's) costs the
 * call neither its answer nor the other listeners what they are told: its failure is logged, and the call goes on.
 * Whatever it throws: a checked exception too, which a Kotlin listener throws undeclared.
 */
public final class CallListeners {

    private static final Logger LOG = Logger.getLogger(CallListeners.class);

    /** The call of a listener that failed to start it: told nothing more. */
    static final CallListener.Call NONE = (errorCode, errorMessage, durationNanos) -> {
    };

    private CallListeners() {
    }

    /** The listener's call, or {@link #NONE} when it failed to start one. */
    static CallListener.Call start(CallListener listener, CallListener.Request request) {
        try {
            CallListener.Call call = listener.onStart(request);
            return call == null ? NONE : call;
        } catch (Throwable e) {
            failed(listener, "onStart", request.method(), e);
            return NONE;
        }
    }

    /**
     * Makes what the listener's call carries current on this thread, for the method about to run here. A listener that
     * fails to, or fails to leave it again, costs the method neither its run nor its result.
     *
     * @return to close on this thread when the method returns, which does not throw; {@code null} for nothing
     */
    static AutoCloseable enter(CallListener.Call call, String method) {
        AutoCloseable scope;
        try {
            scope = call.enter();
        } catch (Throwable e) {
            failed(call, "enter", method, e);
            return null;
        }
        if (scope == null || scope instanceof Scopes) {
            return scope; // the scopes of several listeners: each already left on its own
        }
        return () -> {
            try {
                scope.close();
            } catch (Throwable e) {
                failed(call, "the close of what enter returned", method, e);
            }
        };
    }

    static void exception(CallListener.Call call, Throwable exception, String method) {
        try {
            call.onException(exception);
        } catch (Throwable e) {
            failed(call, "onException", method, e);
        }
    }

    static void end(CallListener.Call call, int errorCode, String errorMessage, long durationNanos, String method) {
        try {
            call.onEnd(errorCode, errorMessage, durationNanos);
        } catch (Throwable e) {
            failed(call, "onEnd", method, e);
        }
    }

    static void cancel(CallListener.Call call, long durationNanos, String method) {
        try {
            call.onCancel(durationNanos);
        } catch (Throwable e) {
            failed(call, "onCancel", method, e);
        }
    }

    private static void failed(Object listener, String what, String method, Throwable e) {
        ListenerFailures.failed(LOG, listener, what, method, e);
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
                calls[i] = start(all.get(i), request);
            }
            return new Composite(calls, request.method());
        };
    }

    /** What the calls of several listeners made current, left in the reverse order; none of them throws. */
    private static final class Scopes implements AutoCloseable {

        private final AutoCloseable[] scopes;

        Scopes(AutoCloseable[] scopes) {
            this.scopes = scopes;
        }

        @Override
        public void close() throws Exception {
            for (int i = scopes.length - 1; i >= 0; i--) {
                if (scopes[i] != null) {
                    scopes[i].close();
                }
            }
        }
    }

    /** The calls of several listeners as one. */
    private static final class Composite implements CallListener.Call {

        private final CallListener.Call[] calls;
        private final String method;

        Composite(CallListener.Call[] calls, String method) {
            this.calls = calls;
            this.method = method;
        }

        @Override
        public AutoCloseable enter() {
            AutoCloseable[] scopes = new AutoCloseable[calls.length];
            for (int i = 0; i < calls.length; i++) {
                scopes[i] = CallListeners.enter(calls[i], method);
            }
            return new Scopes(scopes);
        }

        @Override
        public void onEnd(int errorCode, String errorMessage, long durationNanos) {
            for (CallListener.Call call : calls) {
                end(call, errorCode, errorMessage, durationNanos, method);
            }
        }

        @Override
        public void onException(Throwable exception) {
            for (CallListener.Call call : calls) {
                exception(call, exception, method);
            }
        }

        @Override
        public void onCancel(long durationNanos) {
            for (CallListener.Call call : calls) {
                cancel(call, durationNanos, method);
            }
        }
    }
}
