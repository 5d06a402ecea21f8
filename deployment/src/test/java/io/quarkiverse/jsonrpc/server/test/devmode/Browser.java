package io.quarkiverse.jsonrpc.server.test.devmode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium driven by {@code playwright-core} from npm, at the exact version of {@code src/test/js}'s lock
 * file, installed with {@code npm ci} under {@code target/} on first use. The browser is the system's: Debian's
 * {@code chromium} package ({@code .ci/run} installs it).
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

    private static final Path SCRIPTS = Path.of("src", "test", "js");
    private static final Path PREFIX = Path.of("target", "playwright").toAbsolutePath();
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(3);

    private Browser() {
    }

    /** Runs a script of {@code src/test/js} with the playwright-core module, Chromium and the arguments; its output. */
    static String run(String script, String... arguments) throws IOException, InterruptedException {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("No Chromium at " + CHROMIUM + ": install it (Debian: apt-get install chromium)"
                    + " or point -Dchromium.path at it");
        }
        installPackages();
        List<String> command = new ArrayList<>(List.of("node", SCRIPTS.resolve(script).toString(),
                PREFIX.resolve("node_modules").resolve("playwright-core").toString(), CHROMIUM.toString()));
        command.addAll(List.of(arguments));
        return exec(command, SCRIPT_TIMEOUT);
    }

    /** {@code npm ci} from the lock file, unless the same lock file was installed already. */
    private static void installPackages() throws IOException, InterruptedException {
        Path lock = SCRIPTS.resolve("package-lock.json");
        Path installed = PREFIX.resolve("package-lock.json");
        if (Files.exists(installed) && Files.mismatch(lock, installed) == -1
                && Files.isDirectory(PREFIX.resolve("node_modules"))) {
            return;
        }
        Files.createDirectories(PREFIX);
        Files.copy(SCRIPTS.resolve("package.json"), PREFIX.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(lock, installed, StandardCopyOption.REPLACE_EXISTING);
        exec(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefix", PREFIX.toString()), INSTALL_TIMEOUT);
    }

    /** Runs a command; its output. Both streams are read as they come: a full pipe must not stall the process. */
    private static String exec(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        CompletableFuture<String> out = readAsync(process.getInputStream());
        CompletableFuture<String> err = readAsync(process.getErrorStream());
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException(String.join(" ", command) + " did not end within " + timeout);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + text(err));
        }
        return text(out);
    }

    /** Read on a thread of its own: two blocking reads must not wait for each other in a shared pool. */
    private static CompletableFuture<String> readAsync(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.complete(e.toString());
            }
        }, "browser-output");
        reader.setDaemon(true);
        reader.start();
        return text;
    }

    /** The process has ended; a child it left behind may still hold the pipe open, so this waits a bounded time. */
    private static String text(CompletableFuture<String> output) {
        try {
            return output.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            return "(output not read: " + e + ")";
        }
    }
}
