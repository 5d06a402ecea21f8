package io.quarkiverse.jsonrpc.server.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;

/** The states of the threads the tests start, waited for. */
final class ThreadStates {

    private static final EnumSet<Thread.State> WAITING = EnumSet.of(Thread.State.WAITING, Thread.State.TIMED_WAITING,
            Thread.State.BLOCKED);

    private ThreadStates() {
    }

    /** Until the thread waits: for a frame to be written, for its turn, for an answer. */
    static void awaitWaiting(Thread thread) {
        await().alias(thread.getName() + " waiting").atMost(Duration.ofSeconds(10))
                .until(() -> WAITING.contains(thread.getState()));
    }
}
