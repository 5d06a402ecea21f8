package io.quarkiverse.jsonrpc.server.runtime.invocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import org.junit.jupiter.api.Test;

/**
 * The dispatcher on a pool and a timer the test runs by hand: which drainers start, and which call runs on which, is
 * decided by the order of events alone.
 */
class WorkerDispatcherTest {

    /** Pool tasks and ticks, held until the test runs them. */
    private final Deque<Runnable> poolTasks = new ArrayDeque<>();
    private final Deque<Runnable> ticks = new ArrayDeque<>();
    private final List<String> ran = new ArrayList<>();
    private boolean poolShutDown;

    private WorkerDispatcher dispatcher(int drainersAtOnce) {
        return new WorkerDispatcher(task -> {
            if (poolShutDown) {
                throw new RejectedExecutionException("shut down");
            }
            poolTasks.add(task);
        }, ticks::add, drainersAtOnce);
    }

    private WorkerDispatcher.Task call(String name) {
        return new WorkerDispatcher.Task() {
            @Override
            public void run() {
                ran.add(name);
            }

            @Override
            public void rejected(RejectedExecutionException e) {
                ran.add(name + " rejected: " + e.getMessage());
            }
        };
    }

    @Test
    void halfTheCoresStartADrainerAtOnceAndOneCoreToo() {
        assertThat(WorkerDispatcher.drainersAtOnce(1)).isEqualTo(1);
        assertThat(WorkerDispatcher.drainersAtOnce(2)).isEqualTo(1);
        assertThat(WorkerDispatcher.drainersAtOnce(3)).isEqualTo(1);
        assertThat(WorkerDispatcher.drainersAtOnce(16)).isEqualTo(8);
    }

    @Test
    void oneDrainerRunsTheCallsQueuedWhileItWasStarting() {
        WorkerDispatcher dispatcher = dispatcher(1);
        dispatcher.execute(call("a"));
        dispatcher.execute(call("b"));
        dispatcher.execute(call("c"));

        assertThat(poolTasks).hasSize(1);
        poolTasks.poll().run();

        assertThat(ran).containsExactly("a", "b", "c");
        assertThat(poolTasks).isEmpty();
    }

    @Test
    void drainersStartUpToTheirNumberAtOnce() {
        WorkerDispatcher dispatcher = dispatcher(2);
        dispatcher.execute(call("a"));
        dispatcher.execute(call("b"));
        dispatcher.execute(call("c"));

        assertThat(poolTasks).hasSize(2);
        assertThat(ticks).as("the third call queues and is watched").hasSize(1);
    }

    @Test
    void aCallThatWaitedATickGetsADrainerOfItsOwn() {
        WorkerDispatcher dispatcher = dispatcher(1);
        dispatcher.execute(call("slow"));
        // the first drainer is busy (never run here): the next call queues behind it
        dispatcher.execute(call("fast"));
        assertThat(poolTasks).hasSize(1);

        ticks.poll().run();

        assertThat(poolTasks).as("both calls waited a tick: a drainer each").hasSize(3);
        Runnable busy = poolTasks.poll();
        poolTasks.poll().run();
        assertThat(ran).containsExactly("slow", "fast");
        busy.run();
        assertThat(ran).containsExactly("slow", "fast");
    }

    @Test
    void aCallQueuedAfterTheLastTickWaitsForTheNext() {
        WorkerDispatcher dispatcher = dispatcher(1);
        dispatcher.execute(call("a"));
        dispatcher.execute(call("b"));
        ticks.poll().run();
        assertThat(poolTasks).hasSize(3);
        dispatcher.execute(call("c"));

        ticks.poll().run();
        assertThat(poolTasks).as("c was queued after the tick: not yet").hasSize(3);
        ticks.poll().run();
        assertThat(poolTasks).as("c waited a whole tick").hasSize(4);
    }

    @Test
    void aDrainerWaitingForAThreadIsNotDoubledByTheNextTick() {
        WorkerDispatcher dispatcher = dispatcher(1);
        dispatcher.execute(call("a"));
        dispatcher.execute(call("b"));
        ticks.poll().run();
        assertThat(poolTasks).hasSize(3);

        // the pool has run none of them: the calls still wait, but already have their drainers
        ticks.poll().run();
        assertThat(poolTasks).hasSize(3);
    }

    @Test
    void theTimerStopsWhenNothingIsQueuedAndStartsAgainWhenACallQueues() {
        WorkerDispatcher dispatcher = dispatcher(1);
        dispatcher.execute(call("a"));
        dispatcher.execute(call("b"));
        poolTasks.poll().run();
        assertThat(ran).containsExactly("a", "b");

        ticks.poll().run();
        assertThat(ticks).as("nothing queued: no next tick").isEmpty();

        dispatcher.execute(call("c"));
        assertThat(poolTasks).as("no drainer runs: c starts one").hasSize(1);
        assertThat(ticks).isEmpty();
        dispatcher.execute(call("d"));
        assertThat(ticks).as("d queues behind c's drainer: watched again").hasSize(1);
    }

    @Test
    void aFinishedDrainerLeavesAndTheNextCallStartsAnother() {
        WorkerDispatcher dispatcher = dispatcher(1);
        dispatcher.execute(call("a"));
        poolTasks.poll().run();
        dispatcher.execute(call("b"));

        assertThat(poolTasks).hasSize(1);
        poolTasks.poll().run();
        assertThat(ran).containsExactly("a", "b");
    }

    @Test
    void aCallThatThrowsDoesNotStopItsDrainer() {
        WorkerDispatcher dispatcher = dispatcher(1);
        dispatcher.execute(new WorkerDispatcher.Task() {
            @Override
            public void run() {
                throw new IllegalStateException("past the call's own error handling");
            }

            @Override
            public void rejected(RejectedExecutionException e) {
            }
        });
        dispatcher.execute(call("next"));

        poolTasks.poll().run();
        assertThat(ran).containsExactly("next");
    }

    @Test
    void callsAreRejectedWhenThePoolIsShutDown() {
        WorkerDispatcher dispatcher = dispatcher(1);
        poolShutDown = true;
        dispatcher.execute(call("a"));

        assertThat(ran).containsExactly("a rejected: shut down");
        poolShutDown = false;
        dispatcher.execute(call("b"));
        assertThat(poolTasks).as("the rejected drainer is not counted as running").hasSize(1);
    }
}
