package io.quarkiverse.jsonrpc.server.it;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkiverse.jsonrpc.testsupport.TestJvmOptions;

/**
 * One instance of the example application, run from its packaged jar as a separate process. It takes a free port
 * ({@code quarkus.http.port=0}) and says which in its log: no port is picked here and taken by someone else first.
 */
public final class AppInstance implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^\\s:]+:(\\d+)");
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final String name;
    private final Path log;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private int port;

    private AppInstance(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
    }

    /** Starts an instance and waits until it is ready. */
    public static AppInstance start(String name, String... properties) throws IOException {
        Path log = Path.of("target", "instance-" + name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the build's options for short-lived JVMs: an instance lives for seconds
        command.addAll(TestJvmOptions.list());
        command.add("-Dquarkus.http.port=0");
        for (String property : properties) {
            command.add("-D" + property);
        }
        command.add("-jar");
        command.add(new File("target/quarkus-app/quarkus-run.jar").getAbsolutePath());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppInstance instance = new AppInstance(name, log, process);
        try {
            instance.port = await().atMost(STARTUP).until(instance::listeningPort, found -> found > 0);
            instance.awaitStatus(200, STARTUP);
        } catch (RuntimeException e) {
            instance.close();
            throw e;
        }
        return instance;
    }

    public URI webSocket() {
        return URI.create("ws://127.0.0.1:" + port + "/jsonrpc");
    }

    public URI http() {
        return URI.create("http://127.0.0.1:" + port + "/jsonrpc");
    }

    /** The status of {@code GET /q/health/ready}; -1 when the request fails. */
    public int readiness() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public void awaitStatus(int status, Duration timeout) {
        await().atMost(timeout).until(() -> {
            assertAlive();
            return readiness() == status;
        });
    }

    /** Waits for a line of the log that contains the text. */
    public void awaitLogLine(String containing, Duration timeout) {
        await().atMost(timeout).until(() -> logLines(containing) > 0);
    }

    public long logLines(String containing) throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.contains(containing)).count();
    }

    /** Asks the application to stop (SIGTERM), as an orchestrator would; {@link #awaitExit} then waits for it. */
    public void stop() {
        process.destroy();
    }

    /** Waits for the process to end; its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Instance " + name + " did not stop within " + timeout + "; see " + log);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private int listeningPort() throws IOException {
        assertAlive();
        Matcher matcher = LISTENING.matcher(Files.readString(log));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    private void assertAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Instance " + name + " exited; see " + log);
        }
    }
}
