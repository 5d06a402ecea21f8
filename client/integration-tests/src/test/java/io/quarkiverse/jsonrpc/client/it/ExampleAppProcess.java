package io.quarkiverse.jsonrpc.client.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkiverse.jsonrpc.testsupport.TestJvmOptions;

/**
 * The project's example app, run from its packaged jar as a separate process. It takes a free port
 * ({@code quarkus.http.port=0}) and says which in its output: no port is picked here and taken by someone else first.
 * Started again after a stop, it listens on another port; the test client's {@code TcpRelay} gives clients one address
 * for both.
 */
final class ExampleAppProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^\\s:]+:(\\d+)");

    private final Path log;
    private Process process;
    private int port = -1;

    ExampleAppProcess(String name) {
        this.log = Path.of("target", "example-app-" + name + ".log");
    }

    /** The port the running process took. */
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
        // the build's options for short-lived JVMs: the application lives for seconds
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(TestJvmOptions.list());
        command.addAll(List.of("-Dquarkus.http.port=0", "-Dquarkus.http.host=127.0.0.1", "-jar", jar.toString()));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true).start();
        port = awaitListening(Duration.ofSeconds(60));
        return this;
    }

    /** Reads the app's output (copied to the log) until Quarkus says on which port it listens. */
    private int awaitListening(Duration timeout) throws IOException {
        BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer copy = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (copy) {
                String line;
                while ((line = output.readLine()) != null) {
                    copy.write(line);
                    copy.write('\n');
                    copy.flush();
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        listening.complete(Integer.parseInt(matcher.group(1)));
                    }
                }
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
            listening.complete(-1);
        }, "example-app-output");
        reader.setDaemon(true);
        reader.start();
        int listeningOn;
        try {
            listeningOn = listening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            listeningOn = -1;
        }
        if (listeningOn <= 0) {
            process.destroyForcibly();
            throw new IllegalStateException("The example app did not start within " + timeout + "; see " + log);
        }
        return listeningOn;
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
