package io.quarkiverse.jsonrpc.client.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * JSON-RPC servers nobody here wrote, from npm at the versions of {@code src/test/js/package-lock.json}:
 * json-rpc-2.0 over HTTP and WebSocket, jayson over HTTP, with the methods of {@code src/test/js/servers.cjs}.
 */
final class NpmServers implements AutoCloseable {

    private static final Path SOURCES = Path.of("src", "test", "js");
    private static final Path PREFIX = Path.of("target", "npm-servers");

    final int jsonRpc2Http = ExampleAppProcess.freePort();
    final int jsonRpc2WebSocket = ExampleAppProcess.freePort();
    final int jaysonHttp = ExampleAppProcess.freePort();
    private Process process;

    NpmServers start() throws Exception {
        install();
        Files.copy(SOURCES.resolve("servers.cjs"), PREFIX.resolve("servers.cjs"), StandardCopyOption.REPLACE_EXISTING);
        process = new ProcessBuilder("node", "servers.cjs", Integer.toString(jsonRpc2Http),
                Integer.toString(jsonRpc2WebSocket), Integer.toString(jaysonHttp))
                .directory(PREFIX.toFile()).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = CompletableFuture.supplyAsync(() -> {
            try {
                return output.readLine();
            } catch (IOException e) {
                return e.toString();
            }
        }).get(30, TimeUnit.SECONDS);
        if (!"ready".equals(first)) {
            throw new IllegalStateException("The npm servers did not start: " + first);
        }
        // keep reading, so that a full pipe never blocks the servers
        Thread drain = new Thread(() -> output.lines().forEach(line -> {
        }), "npm-servers-output");
        drain.setDaemon(true);
        drain.start();
        return this;
    }

    /** {@code npm ci} from the lock file, once per lock file. */
    private static void install() throws Exception {
        Files.createDirectories(PREFIX);
        String lock = Files.readString(SOURCES.resolve("package-lock.json"));
        Path installed = PREFIX.resolve("installed-lock.json");
        if (Files.exists(installed) && Files.readString(installed).equals(lock)
                && Files.isDirectory(PREFIX.resolve("node_modules"))) {
            return;
        }
        for (String file : List.of("package.json", "package-lock.json")) {
            Files.copy(SOURCES.resolve(file), PREFIX.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(PREFIX.toFile())
                .redirectErrorStream(true).redirectOutput(PREFIX.resolve("npm-ci.log").toFile()).start();
        if (!npm.waitFor(300, TimeUnit.SECONDS) || npm.exitValue() != 0) {
            npm.destroyForcibly();
            throw new IllegalStateException("npm ci failed; see " + PREFIX.resolve("npm-ci.log"));
        }
        Files.writeString(installed, lock);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
