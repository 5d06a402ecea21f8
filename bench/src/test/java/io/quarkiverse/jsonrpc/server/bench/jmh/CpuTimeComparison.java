package io.quarkiverse.jsonrpc.server.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * The JMH cases again, timed in this thread's CPU time rather than in wall-clock time, in short slices that take
 * turns in a shuffled order. On a shared machine the wall clock counts the time other processes hold the core; CPU
 * time does not, and taking turns gives every implementation the same share of what disturbance remains. The median
 * slice of each case is its cost.
 * <p>
 * {@code java … CpuTimeComparison results/cpu.tsv [rounds [warm-up ms per case]]}
 */
public final class CpuTimeComparison {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private static volatile Object sink;

    private CpuTimeComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        long warmupNanos = TimeUnit.MILLISECONDS.toNanos(args.length > 2 ? Long.parseLong(args[2]) : 1000);
        Map<String, Callable<byte[]>> cases = cases();
        Map<String, double[]> slices = new LinkedHashMap<>();
        cases.keySet().forEach(name -> slices.put(name, new double[rounds]));
        for (Callable<byte[]> op : cases.values()) { // warm-up: let the JIT compile every path
            long until = System.nanoTime() + warmupNanos;
            while (System.nanoTime() < until) {
                sink = op.call();
            }
        }
        List<String> order = new ArrayList<>(cases.keySet());
        Random random = new Random(42);
        for (int round = 0; round < rounds; round++) {
            Collections.shuffle(order, random);
            for (String name : order) {
                slices.get(name)[round] = nanosPerCall(cases.get(name));
            }
        }
        StringBuilder out = new StringBuilder();
        slices.forEach((name, times) -> {
            double[] sorted = times.clone();
            Arrays.sort(sorted);
            double median = sorted[sorted.length / 2];
            System.out.printf(Locale.ROOT, "%-34s %10.0f ns CPU per call (median of %d slices)%n", name, median,
                    rounds);
            out.append(name).append('\t').append(String.format(Locale.ROOT, "%.1f", median)).append('\n');
        });
        Files.writeString(results, out.toString());
    }

    private static double nanosPerCall(Callable<byte[]> op) throws Exception {
        long start = THREADS.getCurrentThreadCpuTime();
        long calls = 0;
        long elapsed;
        do {
            for (int i = 0; i < 16; i++) {
                sink = op.call();
            }
            calls += 16;
            elapsed = THREADS.getCurrentThreadCpuTime() - start;
        } while (elapsed < SLICE_NANOS);
        return (double) elapsed / calls;
    }

    /** The JMH benchmarks' own states and methods, so that both measure the same code. */
    private static Map<String, Callable<byte[]>> cases() throws Exception {
        EngineBenchmark engine = new EngineBenchmark();
        engine.setUp();
        Jsonrpc4jBenchmark peer = new Jsonrpc4jBenchmark();
        peer.setUp();
        JacksonFloorBenchmark floor = new JacksonFloorBenchmark();
        floor.setUp();
        ScalingBenchmark few = new ScalingBenchmark();
        few.methods = 10;
        few.setUp();
        ScalingBenchmark many = new ScalingBenchmark();
        many.methods = 10_000;
        many.setUp();
        Map<String, Callable<byte[]>> cases = new LinkedHashMap<>();
        cases.put("EngineBenchmark.single", engine::single);
        cases.put("EngineBenchmark.named", engine::named);
        cases.put("EngineBenchmark.record", engine::record);
        cases.put("EngineBenchmark.batch", engine::batch);
        cases.put("EngineBenchmark.notFound", engine::notFound);
        cases.put("Jsonrpc4jBenchmark.single", peer::single);
        cases.put("Jsonrpc4jBenchmark.named", peer::named);
        cases.put("Jsonrpc4jBenchmark.record", peer::record);
        cases.put("Jsonrpc4jBenchmark.batch", peer::batch);
        cases.put("Jsonrpc4jBenchmark.notFound", peer::notFound);
        cases.put("JacksonFloorBenchmark.single", floor::single);
        cases.put("JacksonFloorBenchmark.named", floor::named);
        cases.put("JacksonFloorBenchmark.record", floor::record);
        cases.put("ScalingBenchmark.single[10]", few::single);
        cases.put("ScalingBenchmark.single[10000]", many::single);
        return cases;
    }
}
