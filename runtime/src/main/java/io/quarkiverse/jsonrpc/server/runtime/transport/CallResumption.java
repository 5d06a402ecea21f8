package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.concurrent.Executor;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Where a call goes on after a filter decided later: the Vert.x context it came on (the duplicated context of its
 * message or request), so that the next filters and the dispatch of its method run on that event loop with that
 * context current, as if nothing had waited. A decision may complete anywhere: on a Redis client's event loop, on a
 * worker, on a thread of the application's own.
 */
final class CallResumption {

    private CallResumption() {
    }

    /** The current Vert.x context, as an executor; in place where there is none. */
    static Executor here() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
    }
}
