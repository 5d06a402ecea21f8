package io.quarkiverse.jsonrpc.server.bench.load;

import java.net.URI;
import java.nio.file.Path;

/**
 * One load run.
 *
 * @param label the row name in the results
 * @param target {@code http://…} (one POST per call) or {@code ws://…} (one text frame per call)
 * @param connections connections opened to the server
 * @param depth calls in flight on each connection (HTTP: pipelined)
 * @param warmupSeconds calls made but not counted
 * @param durationSeconds the measured window
 * @param serverPid the server process whose CPU time is read from /proc; 0 for none
 * @param results a file the result line is appended to; {@code null} for none
 * @param method the JSON-RPC method called, with the params of {@code subtract}
 * @param minCalls the measured window lasts until this many calls are answered too (within a minute): a smoke run
 *        of a few calls then ends as soon as they are, however busy the machine
 */
public record LoadOptions(String label, URI target, int connections, int depth, double warmupSeconds,
        double durationSeconds, long serverPid, Path results, String method, long minCalls) {

    public LoadOptions(String label, URI target, int connections, int depth, double warmupSeconds,
            double durationSeconds, long serverPid, Path results) {
        this(label, target, connections, depth, warmupSeconds, durationSeconds, serverPid, results, "subtract", 0);
    }

    /**
     * {@code --label x --target url --connections n --depth k --warmup s --duration s --pid p --results file
     * --method m --min-calls c}
     */
    public static LoadOptions parse(String[] args) {
        String label = "run";
        URI target = null;
        int connections = 50;
        int depth = 4;
        double warmup = 10;
        double duration = 15;
        long pid = 0;
        Path results = null;
        String method = "subtract";
        long minCalls = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--label" -> label = value;
                case "--target" -> target = URI.create(value);
                case "--connections" -> connections = Integer.parseInt(value);
                case "--depth" -> depth = Integer.parseInt(value);
                case "--warmup" -> warmup = Double.parseDouble(value);
                case "--duration" -> duration = Double.parseDouble(value);
                case "--pid" -> pid = Long.parseLong(value);
                case "--results" -> results = Path.of(value);
                case "--method" -> method = value;
                case "--min-calls" -> minCalls = Long.parseLong(value);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        if (target == null) {
            throw new IllegalArgumentException("--target http://host:port/path or ws://host:port/path is required");
        }
        return new LoadOptions(label, target, connections, depth, warmup, duration, pid, results, method, minCalls);
    }

    boolean webSocket() {
        return target.getScheme().startsWith("ws");
    }
}
