package io.quarkiverse.jsonrpc.client.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.HdrHistogram.Recorder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.googlecode.jsonrpc4j.JsonRpcHttpClient;
import com.sun.management.OperatingSystemMXBean;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Calls {@code subtract(42, 23)} on a running server as fast as it answers, one runner after the other, each with a
 * warm-up then a measured period: the client over HTTP and over WebSocket (blocking callers, then {@code Uni} calls
 * kept in flight), and jsonrpc4j's {@code JsonRpcHttpClient} with as many blocking callers. Prints one line per
 * runner: calls per second, latency percentiles, and the CPU time per call of this process and, given its pid, of the
 * server. The client and the server share the machine, so a runner whose client spends more CPU per call leaves less to
 * the server: the CPU figures tell the two apart.
 */
@QuarkusMain
public class ClientThroughput implements QuarkusApplication {

    @Inject
    @JsonRpcClient
    OverHttp http;

    @Inject
    @JsonRpcClient
    OverWebSocket ws;

    @ConfigProperty(name = "quarkus.jsonrpc-client.\"http\".url")
    String httpUrl;

    @ConfigProperty(name = "bench.callers", defaultValue = "16")
    int callers;

    @ConfigProperty(name = "bench.in-flight", defaultValue = "64")
    int inFlight;

    @ConfigProperty(name = "bench.warmup", defaultValue = "10s")
    Duration warmup;

    @ConfigProperty(name = "bench.duration", defaultValue = "20s")
    Duration duration;

    @ConfigProperty(name = "bench.server-pid")
    Optional<Long> serverPid;

    private final PrintStream out = System.out;

    @Override
    public int run(String... args) throws Exception {
        out.printf("runner\tcallers\tcalls/s\tp50 us\tp99 us\tcalls\tfailed\tclient cpu us/call\tserver cpu us/call%n");
        JsonRpcHttpClient jsonrpc4j = new JsonRpcHttpClient(new URL(httpUrl));
        jsonrpc4j.setConnectionTimeoutMillis(10_000);
        jsonrpc4j.setReadTimeoutMillis(30_000);
        blocking("jsonrpc4j 1.6 JsonRpcHttpClient, HTTP", () -> jsonrpc4j.invoke("subtract", new Object[] { 42, 23 },
                Integer.class));
        blocking("quarkus-jsonrpc-client, HTTP, blocking", () -> http.subtract(42, 23));
        blocking("quarkus-jsonrpc-client, WebSocket, blocking", () -> ws.subtract(42, 23));
        async("quarkus-jsonrpc-client, HTTP, Uni", http);
        async("quarkus-jsonrpc-client, WebSocket, Uni", ws);
        return 0;
    }

    /** A call that may throw anything; the runner counts only answers that are right. */
    interface Call {
        int call() throws Throwable;
    }

    private void blocking(String label, Call call) throws InterruptedException {
        Recorder latencies = new Recorder(3);
        AtomicLong failed = new AtomicLong();
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            Thread thread = new Thread(() -> {
                while (!stop.get()) {
                    long start = System.nanoTime();
                    try {
                        check(call.call());
                    } catch (Throwable e) {
                        failed(label, e, failed, measuring);
                        continue;
                    }
                    if (measuring.get()) {
                        latencies.recordValue((System.nanoTime() - start) / 1000);
                    }
                }
            }, "caller-" + i);
            thread.start();
            threads.add(thread);
        }
        measure(label, callers, latencies, failed, measuring);
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** {@code inFlight} calls at all times, each answer starting the next: no thread waits. */
    private void async(String label, Subtract client) throws InterruptedException {
        Recorder latencies = new Recorder(3);
        AtomicLong failed = new AtomicLong();
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        Semaphore slots = new Semaphore(inFlight);
        Thread feeder = new Thread(() -> {
            while (!stop.get()) {
                try {
                    if (!slots.tryAcquire(1, TimeUnit.SECONDS)) {
                        continue;
                    }
                } catch (InterruptedException e) {
                    return;
                }
                long start = System.nanoTime();
                client.subtractLater(42, 23).subscribe().with(result -> {
                    check(result);
                    if (measuring.get()) {
                        latencies.recordValue((System.nanoTime() - start) / 1000);
                    }
                    slots.release();
                }, failure -> {
                    failed(label, failure, failed, measuring);
                    slots.release();
                });
            }
        }, "feeder");
        feeder.start();
        measure(label, inFlight, latencies, failed, measuring);
        stop.set(true);
        feeder.join();
        slots.acquire(inFlight);
    }

    /** A failed call is counted, not timed; the first of each runner is printed to the error stream. */
    private static void failed(String label, Throwable failure, AtomicLong failed, AtomicBoolean measuring) {
        if (failed.getAndIncrement() == 0) {
            System.err.println(label + ": " + failure);
        }
    }

    private void measure(String label, int concurrency, Recorder latencies, AtomicLong failed,
            AtomicBoolean measuring) throws InterruptedException {
        // the warm-up: the JIT compiles the paths, connections open; nothing is recorded
        TimeUnit.MILLISECONDS.sleep(warmup.toMillis());
        latencies.reset();
        failed.set(0);
        measuring.set(true);
        long clientCpu = clientCpuNanos();
        long serverCpu = serverCpuNanos();
        long start = System.nanoTime();
        TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        var histogram = latencies.getIntervalHistogram();
        double seconds = (System.nanoTime() - start) / 1e9;
        clientCpu = clientCpuNanos() - clientCpu;
        serverCpu = serverCpuNanos() - serverCpu;
        long failures = failed.get();
        measuring.set(false);
        long calls = Math.max(1, histogram.getTotalCount());
        out.printf("%s\t%d\t%.0f\t%d\t%d\t%d\t%d\t%.1f\t%s%n", label, concurrency, histogram.getTotalCount() / seconds,
                histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(99), histogram.getTotalCount(),
                failures, clientCpu / 1e3 / calls,
                serverPid.isPresent() ? String.format("%.1f", serverCpu / 1e3 / calls) : "n/a");
    }

    /** The CPU time of this process, every thread of it: the callers, the event loops, the JIT and the GC. */
    private static long clientCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The server's CPU time from /proc (user and system, in clock ticks of 10 ms), 0 without its pid. */
    private long serverCpuNanos() {
        if (serverPid.isEmpty()) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + serverPid.get() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the server's CPU time: " + e.getMessage(), e);
        }
    }

    private static void check(int result) {
        if (result != 19) {
            throw new IllegalStateException("subtract(42, 23) answered " + result);
        }
    }
}
