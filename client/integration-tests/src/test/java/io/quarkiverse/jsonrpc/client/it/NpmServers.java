package io.quarkiverse.jsonrpc.client.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.quarkiverse.jsonrpc.testsupport.NodePackages;

/**
 * JSON-RPC servers nobody here wrote, from npm at the versions of {@code src/test/js/package-lock.json}:
 * json-rpc-2.0 over HTTP and WebSocket, jayson over HTTP, with the methods of {@code src/test/js/servers.cjs}.
 */
final class NpmServers implements AutoCloseable {

    private static final Path SOURCES = Path.of("src", "test", "js");
    private static final NodePackages PACKAGES = NodePackages.of(SOURCES, Path.of("target", "npm-servers"));

    /** The ports the servers took, which they print once they listen. */
    int jsonRpc2Http;
    int jsonRpc2WebSocket;
    int jaysonHttp;
    private Process process;

    NpmServers start() throws Exception {
        Path prefix = PACKAGES.install().prefix();
        Files.copy(SOURCES.resolve("servers.cjs"), prefix.resolve("servers.cjs"), StandardCopyOption.REPLACE_EXISTING);
        process = new ProcessBuilder("node", "servers.cjs").directory(prefix.toFile()).redirectErrorStream(true)
                .start();
        BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first;
        try {
            first = CompletableFuture.supplyAsync(() -> {
                try {
                    return output.readLine();
                } catch (IOException e) {
                    return e.toString();
                }
            }).get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("The npm servers said nothing within 30 s", e);
        }
        String[] ready = first == null ? new String[0] : first.split(" ");
        if (ready.length != 4 || !"ready".equals(ready[0])) {
            process.destroyForcibly();
            throw new IllegalStateException("The npm servers did not start: " + first);
        }
        jsonRpc2Http = Integer.parseInt(ready[1]);
        jsonRpc2WebSocket = Integer.parseInt(ready[2]);
        jaysonHttp = Integer.parseInt(ready[3]);
        // keep reading, so that a full pipe never blocks the servers
        Thread drain = new Thread(() -> output.lines().forEach(line -> {
        }), "npm-servers-output");
        drain.setDaemon(true);
        drain.start();
        return this;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
