package io.quarkiverse.jsonrpc.server.it.push;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real redis-server on a loopback port, started and stopped by the test. The binary comes from the system's
 * package (redis-server on Debian), which .ci/run installs. Redis cannot take a port of its choosing and tell, so a
 * free port is picked and Redis binds it; if another process took it in between, Redis says so and exits, and the
 * next free port is tried. Once Redis listens, the port is its own: nobody else is told about it before.
 */
final class RedisServer implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final int ATTEMPTS = 5;

    private final int port;
    private final Process process;

    private RedisServer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static RedisServer start() throws IOException {
        String binary = findBinary();
        for (int attempt = 1;; attempt++) {
            int port = freePort();
            Path log = Path.of("target", "redis-" + port + ".log");
            Process process = new ProcessBuilder(binary, "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            // a positive marker: redis says when it listens, or exits when it cannot
            await().atMost(STARTUP).until(() -> !process.isAlive() || Files.readString(log).contains("Ready to accept"));
            if (process.isAlive()) {
                return new RedisServer(port, process);
            }
            if (!Files.readString(log).contains("Address already in use") || attempt == ATTEMPTS) {
                throw new IllegalStateException("redis-server did not start (attempt " + attempt + " of " + ATTEMPTS
                        + "): " + Files.readString(log));
            }
        }
    }

    int port() {
        return port;
    }

    /** One command in Redis's protocol, on a connection of its own; the raw reply. */
    String command(String... arguments) throws IOException {
        StringBuilder request = new StringBuilder("*").append(arguments.length).append("\r\n");
        for (String argument : arguments) {
            request.append('$').append(argument.getBytes(StandardCharsets.UTF_8).length).append("\r\n")
                    .append(argument).append("\r\n");
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Stops the process without ending it (SIGSTOP): it keeps its connections and answers nothing, as a Redis does that hangs.
     */
    void freeze() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** Lets a frozen Redis go on (SIGCONT). */
    void thaw() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill " + signal + " " + process.pid() + " failed");
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String findBinary() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            File candidate = new File(dir, "redis-server");
            if (candidate.canExecute()) {
                return candidate.getAbsolutePath();
            }
        }
        throw new IllegalStateException("redis-server is not installed: install it (Debian: apt-get install"
                + " redis-server) or run .ci/run, which does");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
