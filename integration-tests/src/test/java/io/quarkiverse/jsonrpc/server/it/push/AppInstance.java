package io.quarkiverse.jsonrpc.server.it.push;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One instance of the example application, run from its packaged jar as a separate process. */
public final class AppInstance implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private AppInstance(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    public static AppInstance start(String name, String... properties) throws IOException {
        int port = RedisServer.freePort();
        Path log = Path.of("target", "instance-" + name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dquarkus.http.port=" + port);
        for (String property : properties) {
            command.add("-D" + property);
        }
        command.add("-jar");
        command.add(new File("target/quarkus-app/quarkus-run.jar").getAbsolutePath());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppInstance instance = new AppInstance(name, port, log, process);
        instance.awaitStatus(200, Duration.ofSeconds(60));
        return instance;
    }

    public URI webSocket() {
        return URI.create("ws://127.0.0.1:" + port + "/jsonrpc");
    }

    int readiness() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public void awaitStatus(int status, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Instance " + name + " exited; see " + log);
            }
            if (readiness() == status) {
                return;
            }
            RedisServer.sleep(100);
        }
        throw new IllegalStateException("Instance " + name + " readiness never became " + status + "; see " + log);
    }

    public long logLines(String containing) throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.contains(containing)).count();
    }

    /** Asks the application to stop (SIGTERM), as an orchestrator would; {@link #close()} then waits for it. */
    public void stop() {
        process.destroy();
    }

    /** Waits for the process to end; its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Instance " + name + " did not stop; see " + log);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
