package io.quarkiverse.jsonrpc.server.runtime.invocation;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;

/**
 * Runs the calls of worker methods on the application's worker pool through a few draining tasks, each running queued
 * calls one after the other, instead of one pool task per call.
 * <p>
 * Why: a pool task per call wakes a parked worker thread for every call and parks it again after, two futex calls and
 * two context switches that cost more than a short method itself. A drainer that finishes a call takes the next one
 * without parking. As many drainers start at once as half the machine's cores (at least one); beyond that, calls
 * queue. Half, because the event loops (twice as many as cores in Quarkus) read, parse and write every call of the
 * worker path too: on 2 cores, one drainer at once instead of two cut the CPU per call by a quarter at 50 connections
 * with 4 calls in flight each, and by a sixth at 10 with 1 (bench/compare-builds.sh). Blocking methods lose nothing:
 * the timer below gives their waiting calls drainers of their own.
 * <p>
 * A queued call never waits long behind a slow one, wherever it came from: while calls are queued, a timer looks
 * every {@value #TICK_MILLIS} ms, and every call that has waited a whole tick gets a drainer of its own (an extra
 * task on the pool, as many as the pool allows). Calls of one connection therefore run concurrently, as they did with
 * a pool task each: blocking methods wait at most two ticks before they run side by side, short ones pay no
 * wake-up.
 */
public final class WorkerDispatcher {

    private static final Logger LOG = Logger.getLogger(WorkerDispatcher.class);

    static final long TICK_MILLIS = 1;

    /** A call waiting for a worker thread. */
    interface Task extends Runnable {
        /** The pool is shut down: the call will not run. */
        void rejected(RejectedExecutionException e);
    }

    private final Executor pool;
    /** Runs its argument a tick later. */
    private final Consumer<Runnable> afterATick;
    private final int drainersAtOnce;
    private final Queue<Task> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger drainers = new AtomicInteger();
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong taken = new AtomicLong();
    private final AtomicBoolean watching = new AtomicBoolean();
    /** How many calls had been queued at the previous tick (or when the timer started); written by its owner. */
    private long queuedAtLastTick;
    /** The calls, counted from the first queued, the timer has started drainers for; written by its owner. */
    private long drainedUpTo;
    private final Runnable drainer = this::drain;
    private final Runnable tick = this::tick;

    public WorkerDispatcher(Vertx vertx) {
        // the pool Vert.x's executeBlocking uses: in Quarkus, the application's worker pool
        this(((VertxInternal) vertx).getWorkerPool().executor(),
                tick -> vertx.setTimer(TICK_MILLIS, timerId -> tick.run()),
                drainersAtOnce(Runtime.getRuntime().availableProcessors()));
    }

    static int drainersAtOnce(int cores) {
        return Math.max(1, cores / 2);
    }

    WorkerDispatcher(Executor pool, Consumer<Runnable> afterATick, int drainersAtOnce) {
        this.pool = pool;
        this.afterATick = afterATick;
        this.drainersAtOnce = drainersAtOnce;
    }

    void execute(Task task) {
        queue.offer(task);
        queued.incrementAndGet();
        if (claimDrainer()) {
            startDrainer();
            return;
        }
        watch();
    }

    /** Counts one more drainer, unless as many as start at once already run. */
    private boolean claimDrainer() {
        for (int running = drainers.get(); running < drainersAtOnce; running = drainers.get()) {
            if (drainers.compareAndSet(running, running + 1)) {
                return true;
            }
        }
        return false;
    }

    private void drain() {
        for (;;) {
            Task task = queue.poll();
            if (task != null) {
                taken.incrementAndGet();
                run(task);
                continue;
            }
            drainers.decrementAndGet();
            // a call queued after the poll found no free drainer, unless this one comes back for it
            if (queue.isEmpty() || !comeBack()) {
                return;
            }
        }
    }

    private boolean comeBack() {
        if (claimDrainer()) {
            return true;
        }
        // enough drainers run; the call is theirs, and the timer watches that they take it
        watch();
        return false;
    }

    private static void run(Task task) {
        try {
            task.run();
        } catch (Throwable t) {
            // a drainer outlives what one call throws past its own error handling
            LOG.error("A JSON-RPC call on a worker thread failed past its error handling", t);
        }
    }

    private void startDrainer() {
        try {
            pool.execute(drainer);
        } catch (RejectedExecutionException e) {
            drainers.decrementAndGet();
            for (Task task = queue.poll(); task != null; task = queue.poll()) {
                taken.incrementAndGet();
                task.rejected(e);
            }
        }
    }

    private void watch() {
        if (watching.compareAndSet(false, true)) {
            startWatching();
        }
    }

    /** Only by the thread that set {@code watching}: the timer is not running. */
    private void startWatching() {
        queuedAtLastTick = queued.get();
        afterATick.accept(tick);
    }

    private void tick() {
        // calls queued before the previous tick and still not taken have waited at least a tick: each gets a drainer,
        // once (a drainer waiting for a thread of a busy pool is not doubled by the next tick)
        long waitedATick = queuedAtLastTick - Math.max(taken.get(), drainedUpTo);
        for (long i = 0; i < waitedATick; i++) {
            drainers.incrementAndGet();
            startDrainer();
        }
        drainedUpTo = Math.max(drainedUpTo, queuedAtLastTick);
        queuedAtLastTick = queued.get();
        if (!queue.isEmpty()) {
            afterATick.accept(tick);
            return;
        }
        watching.set(false);
        // a call queued while this tick stopped watching did not start the timer: start it again
        if (!queue.isEmpty() && watching.compareAndSet(false, true)) {
            startWatching();
        }
    }
}
