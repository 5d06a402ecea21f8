package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.concurrent.atomic.LongAdder;

/**
 * The calls in flight across the server, counted without a memory location the threads share. Every call is counted
 * in and out, on an event loop and maybe on a worker; a {@link LongAdder} spreads that over at most as many cells as
 * the machine has cores, which every event loop and worker thread then share, and a profile of the event-loop path
 * showed its compare-and-set among the costs that quarkus-json-rpc does not have. Here each thread counts in a cell
 * of its own, which only it writes: a call counted in on an event loop and out on a worker adds one to the first cell
 * and takes one from the second. The count is the sum of the cells, read only by the graceful stop and the
 * {@code requests.active} gauge, and, like {@link LongAdder#sum()}, not a snapshot: once the server accepts no new
 * call, it only goes down. Threads beyond {@code maxCells} (virtual threads, a pool that keeps replacing its threads)
 * share a {@link LongAdder}, so that cells do not grow without end.
 */
final class CallsInFlight {

    private static final int DEFAULT_MAX_CELLS = 256;
    private static final AtomicLongFieldUpdater<Value> VALUE = AtomicLongFieldUpdater.newUpdater(Value.class, "value");

    private final int maxCells;
    private final List<Cell> cells = new CopyOnWriteArrayList<>();
    private final LongAdder shared = new LongAdder();
    /** {@code null} for a thread that came when every cell was taken: it counts in {@link #shared}. */
    private final ThreadLocal<Cell> own = ThreadLocal.withInitial(this::claim);
    private final Runnable decrement = this::decrement;

    CallsInFlight() {
        this(DEFAULT_MAX_CELLS);
    }

    CallsInFlight(int maxCells) {
        this.maxCells = maxCells;
    }

    void increment() {
        add(1);
    }

    void decrement() {
        add(-1);
    }

    /** {@link #decrement()}, made once rather than for each call. */
    Runnable decrementer() {
        return decrement;
    }

    long sum() {
        long sum = shared.sum();
        for (Cell cell : cells) {
            sum += cell.value;
        }
        return sum;
    }

    private void add(long delta) {
        Cell cell = own.get();
        if (cell == null) {
            shared.add(delta);
        } else {
            // the one writer of its cell: an ordered store, no compare-and-set
            VALUE.lazySet(cell, cell.value + delta);
        }
    }

    private synchronized Cell claim() {
        if (cells.size() >= maxCells) {
            return null;
        }
        Cell cell = new Cell();
        cells.add(cell);
        return cell;
    }

    /** Cache lines of padding on both sides, so that two threads' cells never share one. */
    @SuppressWarnings("unused")
    private static class LeftPadding {
        long p01, p02, p03, p04, p05, p06, p07, p08;
    }

    private static class Value extends LeftPadding {
        volatile long value;
    }

    @SuppressWarnings("unused")
    private static final class Cell extends Value {
        long p11, p12, p13, p14, p15, p16, p17, p18;
    }
}
