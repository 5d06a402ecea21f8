package io.quarkiverse.jsonrpc.server.bench.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^\\s:]+:(\\d+)");

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
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        for (int i = 0; i < runs; i++) {
            times.add(firstCallMillis(jar, client));
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /**
     * Starts the jar on a free port of its choosing, calls it as soon as its log says where it listens, stops it. The
     * time runs from the start of the process to the answer.
     */
    static double firstCallMillis(Path jar, HttpClient client) throws Exception {
        List<String> command = new ArrayList<>(Arrays.asList(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dquarkus.http.port=0", "-jar", jar.toString()));
        long start = System.nanoTime();
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            int port = listeningPort(server).get(60, TimeUnit.SECONDS);
            HttpRequest call = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/jsonrpc"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(CALL))
                    .timeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> response = client.send(call, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            if (response.statusCode() != 200 || !ANSWER.equals(response.body())) {
                throw new IllegalStateException(jar + " answered " + response.statusCode() + " " + response.body());
            }
            return elapsed / 1e6;
        } catch (TimeoutException e) {
            throw new IllegalStateException(jar + " did not listen within 60 s");
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Reads the output as it comes (a full pipe would stall the process) and finds the port in it. */
    private static CompletableFuture<Integer> listeningPort(Process server) {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        port.complete(Integer.parseInt(matcher.group(1)));
                    }
                }
                port.completeExceptionally(new IllegalStateException("exited with " + server.waitFor()));
            } catch (IOException | InterruptedException e) {
                port.completeExceptionally(e);
            }
        }, "startup-probe-output");
        reader.setDaemon(true);
        reader.start();
        return port;
    }
}
