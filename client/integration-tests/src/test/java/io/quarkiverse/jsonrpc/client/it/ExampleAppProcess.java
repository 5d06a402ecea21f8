package io.quarkiverse.jsonrpc.client.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The project's example app, run from its packaged jar as a separate process on a given port: started, stopped and
 * started again on the same port to show that a client reconnects.
 */
final class ExampleAppProcess implements AutoCloseable {

    private final int port;
    private final Path log;
    private Process process;

    ExampleAppProcess(String name, int port) {
        this.port = port;
        this.log = Path.of("target", "example-app-" + name + ".log");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    String url(String scheme) {
        return scheme + "://127.0.0.1:" + port + "/jsonrpc";
    }

    ExampleAppProcess start() throws IOException {
        Path jar = Path.of(System.getProperty("example-app.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build integration-tests first");
        }
        process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1", "-jar", jar.toString()))
                .redirectErrorStream(true).start();
        awaitListening(Duration.ofSeconds(60));
        return this;
    }

    /** Reads the app's output (copied to the log) until Quarkus says it listens. */
    private void awaitListening(Duration timeout) throws IOException {
        BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer copy = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        CompletableFuture<Boolean> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (copy) {
                String line;
                while ((line = output.readLine()) != null) {
                    copy.write(line);
                    copy.write('\n');
                    copy.flush();
                    if (line.contains("Listening on:")) {
                        listening.complete(true);
                    }
                }
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
            listening.complete(false);
        }, "example-app-output");
        reader.setDaemon(true);
        reader.start();
        boolean started;
        try {
            started = listening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            started = false;
        }
        if (!started) {
            process.destroyForcibly();
            throw new IllegalStateException("The example app did not start on port " + port + "; see " + log);
        }
    }

    /** Kills the process, as a crash would: its connections drop at once, without a graceful shutdown. */
    void kill() throws InterruptedException {
        if (!process.destroyForcibly().waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The example app on port " + port + " did not die; see " + log);
        }
    }

    /** Stops the process and waits for it to end. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }
}
