package io.quarkiverse.jsonrpc.server.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Counted in on one thread and out on another, by more threads than there are cells: the sum is the calls open. */
class CallsInFlightTest {

    @Test
    void aCallCountedInOnOneThreadAndOutOnAnotherIsOverOnceOut() throws Exception {
        CallsInFlight calls = new CallsInFlight();
        ExecutorService eventLoop = Executors.newSingleThreadExecutor();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            eventLoop.submit(calls::increment).get(10, TimeUnit.SECONDS);
            eventLoop.submit(calls::increment).get(10, TimeUnit.SECONDS);
            assertThat(calls.sum()).isEqualTo(2);
            worker.submit(calls.decrementer()).get(10, TimeUnit.SECONDS);
            assertThat(calls.sum()).isEqualTo(1);
            worker.submit(calls::decrement).get(10, TimeUnit.SECONDS);
            assertThat(calls.sum()).isZero();
        } finally {
            eventLoop.shutdownNow();
            worker.shutdownNow();
        }
    }

    @Test
    void threadsBeyondTheCellsShareOneCountAndNothingIsLost() throws Exception {
        CallsInFlight calls = new CallsInFlight(2);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> in = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                in.add(threads.submit(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        calls.increment();
                    }
                }));
            }
            for (Future<?> done : in) {
                done.get(30, TimeUnit.SECONDS);
            }
            assertThat(calls.sum()).isEqualTo(80_000);

            List<Future<?>> out = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                out.add(threads.submit(() -> {
                    for (int i = 0; i < 9_000; i++) {
                        calls.decrement();
                    }
                }));
            }
            for (Future<?> done : out) {
                done.get(30, TimeUnit.SECONDS);
            }
            assertThat(calls.sum()).isEqualTo(8_000);
        } finally {
            threads.shutdownNow();
        }
    }
}
