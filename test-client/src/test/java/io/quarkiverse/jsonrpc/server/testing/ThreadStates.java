package io.quarkiverse.jsonrpc.server.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;

/** The states of the threads the tests start, waited for. */
final class ThreadStates {

    private static final EnumSet<Thread.State> WAITING = EnumSet.of(Thread.State.WAITING, Thread.State.TIMED_WAITING,
            Thread.State.BLOCKED);

    private ThreadStates() {
    }

    /**
     * Until the thread waits inside the given class: for a frame to be written, for its turn, for an answer. A wait on
     * its way there (a class being initialised, a lock of the logging) is not the one meant.
     */
    static void awaitWaitingIn(Thread thread, Class<?> in) {
        await().alias(thread.getName() + " waiting in " + in.getSimpleName()).atMost(Duration.ofSeconds(10))
                .until(() -> WAITING.contains(thread.getState()) && Arrays.stream(thread.getStackTrace())
                        .anyMatch(frame -> frame.getClassName().equals(in.getName())));
    }
}
