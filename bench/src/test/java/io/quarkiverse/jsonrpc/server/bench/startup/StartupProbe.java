package io.quarkiverse.jsonrpc.server.bench.startup;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from starting {@code java -jar quarkus-run.jar} to the first answered {@code subtract} call over HTTP, the
 * median of several starts.
 * <p>
 * {@code java … StartupProbe --label methods-10 --jar app/target/quarkus-app/quarkus-run.jar --runs 5
 * --results results/startup.tsv}
 */
public final class StartupProbe {

    private static final String CALL = "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[42,23],\"id\":1}";
    private static final String ANSWER = "{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":1}";

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        String label = "startup";
        Path jar = null;
        int runs = 5;
        Path results = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--label" -> label = args[i + 1];
                case "--jar" -> jar = Path.of(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--results" -> results = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        double median = medianMillis(jar, runs);
        System.out.printf("%-22s first answered call after %.0f ms (median of %d)%n", label, median, runs);
        if (results != null) {
            Files.writeString(results, label + "\t" + String.format(java.util.Locale.ROOT, "%.1f", median) + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    public static double medianMillis(Path jar, int runs) throws Exception {
        List<Double> times = new ArrayList<>();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        for (int i = 0; i < runs; i++) {
            times.add(firstCallMillis(jar, client));
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** Starts the jar, calls until answered, stops it. */
    static double firstCallMillis(Path jar, HttpClient client) throws Exception {
        int port = freePort();
        HttpRequest call = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/jsonrpc"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(CALL))
                .timeout(Duration.ofSeconds(5)).build();
        List<String> command = new ArrayList<>(Arrays.asList(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dquarkus.http.port=" + port, "-jar", jar.toString()));
        long start = System.nanoTime();
        Process server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = start + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                if (!server.isAlive()) {
                    throw new IllegalStateException(jar + " exited with " + server.exitValue());
                }
                try {
                    HttpResponse<String> response = client.send(call, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        long elapsed = System.nanoTime() - start;
                        if (!ANSWER.equals(response.body())) {
                            throw new IllegalStateException(jar + " answered " + response.body());
                        }
                        return elapsed / 1e6;
                    }
                } catch (IOException notYetListening) {
                    // the port opens when the server is ready
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException(jar + " did not answer within 60 s");
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
