package io.quarkiverse.jsonrpc.server.test.execution;

import io.quarkus.runtime.BlockingOperationControl;
import io.vertx.core.Context;

/**
 * The thread a method ran on, as a JSON-RPC result.
 *
 * @param virtual always {@code false} before Java 21, where virtual threads do not exist
 */
public record ThreadInfo(String name, boolean eventLoop, boolean blockingAllowed, boolean virtual) {

    public static ThreadInfo current() {
        Thread thread = Thread.currentThread();
        return new ThreadInfo(thread.getName(), Context.isOnEventLoopThread(),
                BlockingOperationControl.isBlockingAllowed(), isVirtual(thread));
    }

    /** {@code Thread.isVirtual()} needs Java 21; this module compiles for 17. */
    private static boolean isVirtual(Thread thread) {
        try {
            return (Boolean) Thread.class.getMethod("isVirtual").invoke(thread);
        } catch (NoSuchMethodException e) {
            return false;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
