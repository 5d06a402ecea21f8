package io.quarkiverse.jsonrpc.server.runtime.transport;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * The session context of one WebSocket connection, as websockets-next gives each of its connections one: the
 * {@code @SessionScoped} beans its calls and hooks use live as long as the connection, each connection with instances
 * of its own, and are destroyed once its close hooks have run. An HTTP request has one of its own, as it has its own
 * {@code userData()}. Active on the thread a method or hook runs on, while it runs; what a {@code Uni} does later on
 * another thread is outside it, as in websockets-next.
 */
final class SessionScope {

    private final ManagedContext context;
    private final ContextState state;

    private SessionScope(ManagedContext context) {
        this.context = context;
        this.state = context.initializeState();
    }

    static SessionScope open() {
        return new SessionScope(Arc.container().sessionContext());
    }

    /** What {@link #enter()} gives: closed, it gives back whatever session context was active before. */
    interface Entered extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Activates the connection's session context on this thread, for a method or hook about to run here.
     *
     * @return to close on this thread when it returns
     */
    Entered enter() {
        ContextState before = context.getStateIfActive();
        context.activate(state);
        return before == null ? context::deactivate : () -> context.activate(before);
    }

    /**
     * Makes websockets-next's {@code WebSocketConnection} bean of this session now, in its callback that opens the
     * connection: it takes the connection from the Vert.x context of the callback, which the calls, run on contexts of
     * their own, do not carry. An injected connection is then the call's own.
     */
    void holdConnection() {
        try (Entered entered = enter()) {
            Arc.container().instance(WebSocketConnection.class).get().id();
        }
    }

    /** The connection or the request is over: its session-scoped instances are destroyed. */
    void end() {
        context.destroy(state);
    }
}
