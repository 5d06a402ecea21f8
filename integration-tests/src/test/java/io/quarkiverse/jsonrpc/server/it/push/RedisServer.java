package io.quarkiverse.jsonrpc.server.it.push;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

/**
 * A real redis-server on a loopback port, started and stopped by the test (so it can also take Redis away and bring
 * it back). The binary comes from the system's package (redis-server on Debian), which .ci/run installs.
 */
final class RedisServer implements AutoCloseable {

    private final int port;
    private Process process;

    RedisServer(int port) {
        this.port = port;
    }

    static RedisServer startOnFreePort() throws IOException {
        RedisServer server = new RedisServer(freePort());
        server.start();
        return server;
    }

    int port() {
        return port;
    }

    String uri() {
        return "redis://127.0.0.1:" + port;
    }

    void start() throws IOException {
        String binary = findBinary();
        process = new ProcessBuilder(binary, "--port", String.valueOf(port), "--bind", "127.0.0.1", "--save", "",
                "--appendonly", "no")
                .redirectErrorStream(true)
                .redirectOutput(new File("target/redis-" + port + ".log"))
                .start();
        awaitPort(true);
    }

    void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
            awaitPort(false);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitPort(boolean open) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                if (open) {
                    return;
                }
            } catch (IOException e) {
                if (!open) {
                    return;
                }
            }
            sleep(50);
        }
        throw new IllegalStateException("redis-server on port " + port + " did not " + (open ? "start" : "stop"));
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

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
