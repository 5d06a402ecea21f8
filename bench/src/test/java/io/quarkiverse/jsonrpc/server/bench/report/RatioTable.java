package io.quarkiverse.jsonrpc.server.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads what a run of bench/run-all.sh wrote ({@code load.tsv}, {@code jmh.json}, {@code startup.tsv}) and prints
 * the ratios against their targets, as text and as an AsciiDoc table ({@code table.adoc}) for the docs. Every row is
 * printed: one whose run left no data says "missing", so that a failed step cannot pass for a shorter table.
 */
public final class RatioTable {

    private static final String JMH = "io.quarkiverse.jsonrpc.server.bench.jmh.";
    private static final String[] CASES = { "single", "named", "record", "batch", "notFound" };
    private static final String MISSING = "missing";

    private final List<String[]> rows = new ArrayList<>();
    private final List<String[]> details = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        RatioTable table = new RatioTable();
        table.load(results.resolve("load.tsv"));
        table.jmh(results.resolve("jmh.json"), results.resolve("cpu.tsv"));
        table.startup(results.resolve("startup.tsv"));
        table.print();
        Files.writeString(results.resolve("table.adoc"), table.adoc());
    }

    private void load(Path file) throws IOException {
        Map<String, double[]> totals = new LinkedHashMap<>(); // label → calls, seconds, CPU µs, failures, system µs
        for (String line : lines(file)) {
            String[] fields = line.split("\t");
            double calls = Double.parseDouble(fields[1]);
            double[] total = totals.computeIfAbsent(fields[0], label -> new double[5]);
            total[0] += calls;
            total[1] += calls / Double.parseDouble(fields[2]);
            total[2] += calls * Double.parseDouble(fields[6]);
            total[3] += Double.parseDouble(fields[7]);
            total[4] += fields.length > 8 ? calls * Double.parseDouble(fields[8]) : Double.NaN;
            details.add(new String[] { fields[0], fields[2] + " calls/s", "p50 " + fields[3] + " µs, p99 " + fields[4]
                    + " µs, p99.9 " + fields[5] + " µs", fields[6] + " µs CPU/call", fields[7] + " failures" });
        }
        // the rounds of a run added up: calls/s over all its measured windows, CPU over all its calls
        Map<String, String[]> runs = new LinkedHashMap<>();
        totals.forEach((label, total) -> runs.put(label, new String[] { label, "", Double.toString(total[0] / total[1]),
                "", "", "", Double.toString(total[2] / total[0]), Double.toString(total[3]),
                Double.toString(total[4] / total[0]) }));
        ratio("HTTP: JSON-RPC / REST baseline, calls/s", value(runs, "http-jsonrpc", 2), value(runs, "http-rest", 2),
                ">= 0.9", 0.9, true);
        ratio("HTTP: JSON-RPC / REST baseline, server CPU per call", value(runs, "http-jsonrpc", 6),
                value(runs, "http-rest", 6), "", 0, false);
        ratio("HTTP: Vert.x route / engine behind REST, calls/s", value(runs, "http-jsonrpc", 2),
                value(runs, "http-rest-engine", 2), "", 0, false);
        ratio("HTTP: Vert.x route / engine behind REST, server CPU per call", value(runs, "http-jsonrpc", 6),
                value(runs, "http-rest-engine", 6), "", 0, false);
        ratio("WS: JSON-RPC / websockets-next baseline, calls/s", value(runs, "ws-jsonrpc", 2),
                value(runs, "ws-baseline", 2), ">= 0.9", 0.9, true);
        ratio("WS: JSON-RPC / websockets-next baseline, server CPU per call", value(runs, "ws-jsonrpc", 6),
                value(runs, "ws-baseline", 6), "", 0, false);
        double cpu = value(runs, "ws-jsonrpc", 6);
        rows.add(new String[] { "WS: server CPU per call, JSON-RPC (50 conns x 4 in flight)",
                format(cpu) + " µs", "<= 11 µs", Double.isNaN(cpu) ? MISSING : verdict(cpu <= 11) });
        rows.add(new String[] { "WS: server CPU per call, websockets-next baseline", format(value(runs, "ws-baseline", 6))
                + " µs", "", "" });
        rows.add(new String[] { "WS: of which in the kernel (system time), JSON-RPC / baseline",
                format(value(runs, "ws-jsonrpc", 8)) + " / " + format(value(runs, "ws-baseline", 8)) + " µs", "", "" });
        ratio("WS, event loop: JSON-RPC / websockets-next baseline, calls/s", value(runs, "ws-jsonrpc-event-loop", 2),
                value(runs, "ws-baseline-event-loop", 2), "", 0, false);
        ratio("WS, event loop: JSON-RPC / websockets-next baseline, server CPU per call",
                value(runs, "ws-jsonrpc-event-loop", 6), value(runs, "ws-baseline-event-loop", 6), "", 0, false);
        rows.add(new String[] { "WS, event loop: server CPU per call, JSON-RPC / baseline",
                format(value(runs, "ws-jsonrpc-event-loop", 6)) + " / " + format(value(runs, "ws-baseline-event-loop", 6))
                        + " µs",
                "", "" });
        rows.add(new String[] { "WS, event loop: of which in the kernel (system time), JSON-RPC / baseline",
                format(value(runs, "ws-jsonrpc-event-loop", 8)) + " / "
                        + format(value(runs, "ws-baseline-event-loop", 8)) + " µs",
                "", "" });
    }

    /**
     * Time ratios come from the CPU-time comparison when there is one (implementations taking turns, in CPU time),
     * else from JMH's fastest iterations; bytes per call always come from JMH's GC profiler.
     */
    private void jmh(Path file, Path cpuFile) throws IOException {
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (String line : lines(cpuFile)) {
            String[] fields = line.split("\t");
            cpu.put(fields[0], Double.parseDouble(fields[1]));
        }
        Map<String, double[]> scores = new LinkedHashMap<>(); // name → ns/op, B/op
        JsonNode runs = Files.exists(file) ? new ObjectMapper().readTree(file.toFile()) : new ObjectMapper().createArrayNode();
        for (JsonNode run : runs) {
            String name = run.get("benchmark").asText().substring(JMH.length());
            JsonNode params = run.get("params");
            if (params != null && params.has("methods")) {
                name += "[" + params.get("methods").asText() + "]";
            }
            JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
            double[] score = { fastestIteration(run.get("primaryMetric")),
                    alloc.isMissingNode() ? Double.NaN : alloc.asDouble() };
            details.add(new String[] { name, format(score[0]) + " ns/op (JMH fastest)", format(score[1]) + " B/op",
                    "JMH mean " + format(run.get("primaryMetric").get("score").asDouble()) + " ns/op",
                    cpu.containsKey(name) ? format(cpu.get(name)) + " ns CPU/op" : "" });
            if (cpu.containsKey(name)) {
                score[0] = cpu.get(name);
            }
            scores.put(name, score);
        }
        for (String c : CASES) {
            double[] engine = score(scores, "EngineBenchmark." + c);
            double[] peer = score(scores, "Jsonrpc4jBenchmark." + c);
            // throughput ratio: the inverse of the time ratio
            ratio("Engine / jsonrpc4j throughput, " + c, peer[0], engine[0], ">= 2", 2, true);
            boolean missing = Double.isNaN(engine[1]) || Double.isNaN(peer[1]);
            rows.add(new String[] { "Engine / jsonrpc4j bytes per call, " + c,
                    format(engine[1]) + " / " + format(peer[1]) + " B", "< 1",
                    missing ? MISSING : verdict(engine[1] < peer[1]) });
        }
        for (String c : new String[] { "single", "named", "record" }) {
            boolean target = !c.equals("record");
            ratio("Engine / Jackson floor time per call, " + c, score(scores, "EngineBenchmark." + c)[0],
                    score(scores, "JacksonFloorBenchmark." + c)[0], target ? "<= 1.5" : "", 1.5, false);
        }
        ratio("10,000 / 10 methods, time per call", score(scores, "ScalingBenchmark.single[10000]")[0],
                score(scores, "ScalingBenchmark.single[10]")[0], "<= 1.1", 1.1, false);
    }

    /** A benchmark's time and bytes per call; both NaN when the run left none. */
    private static double[] score(Map<String, double[]> scores, String name) {
        return scores.getOrDefault(name, new double[] { Double.NaN, Double.NaN });
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    /**
     * The fastest measured iteration: on a shared machine other processes only ever add time, so the least disturbed
     * iteration is the closest to what the code costs. The mean is shown beside it.
     */
    private static double fastestIteration(JsonNode metric) {
        double fastest = Double.MAX_VALUE;
        for (JsonNode fork : metric.path("rawData")) {
            for (JsonNode iteration : fork) {
                fastest = Math.min(fastest, iteration.asDouble());
            }
        }
        return fastest == Double.MAX_VALUE ? metric.get("score").asDouble() : fastest;
    }

    private void startup(Path file) throws IOException {
        Map<String, Double> times = new LinkedHashMap<>();
        for (String line : lines(file)) {
            String[] fields = line.split("\t");
            times.put(fields[0], Double.parseDouble(fields[1]));
            details.add(new String[] { fields[0], fields[1] + " ms to the first answered call", "", "", "" });
        }
        ratio("Startup to first call, 1,000 / 10 methods", times.getOrDefault("startup-1000", Double.NaN),
                times.getOrDefault("startup-10", Double.NaN), "<= 1.3", 1.3, false);
    }

    /** A row: numerator / denominator against a target; {@code atLeast} says which side of it passes. */
    private void ratio(String what, double numerator, double denominator, String target, double bound,
            boolean atLeast) {
        double ratio = numerator / denominator;
        String verdict = target.isEmpty() ? ""
                : Double.isNaN(ratio) ? MISSING
                        : verdict(atLeast ? ratio >= bound : ratio <= bound);
        rows.add(new String[] { what, format(ratio), target, verdict });
    }

    private static double value(Map<String, String[]> runs, String label, int field) {
        String[] run = runs.get(label);
        return run == null ? Double.NaN : Double.parseDouble(run[field]);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static String format(double value) {
        return Double.isNaN(value) ? MISSING
                : String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }

    private void print() {
        System.out.println();
        System.out.printf("%-64s %14s %10s %7s%n", "Ratio", "Value", "Target", "");
        for (String[] row : rows) {
            System.out.printf("%-64s %14s %10s %7s%n", (Object[]) row);
        }
        System.out.println();
        for (String[] detail : details) {
            System.out.printf("  %-34s %-18s %-40s %-18s %s%n", (Object[]) detail);
        }
    }

    private String adoc() {
        StringBuilder out = new StringBuilder("[cols=\"5,2,1,1\"]\n|===\n|Ratio |Value |Target |\n\n");
        for (String[] row : rows) {
            out.append('|').append(row[0]).append(" |").append(row[1]).append(" |").append(row[2].replace("<=", "≤")
                    .replace(">=", "≥")).append(" |").append(row[3]).append('\n');
        }
        out.append("|===\n\n[cols=\"3,2,4,2,1\"]\n|===\n|Run |Result | | |\n\n");
        for (String[] detail : details) {
            out.append('|').append(String.join(" |", detail)).append('\n');
        }
        return out.append("|===\n").toString();
    }
}
