package io.quarkiverse.jsonrpc.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * npm packages at the exact versions of a lock file, installed with {@code npm ci} into a directory under
 * {@code target/} on first use, and again only when the lock file changes; and Node.js commands run with them. The
 * packages are the independent clients, servers, validators and browser driver the tests check the extension against.
 */
public final class NodePackages {

    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);

    private final Path sources;
    private final Path prefix;

    private NodePackages(Path sources, Path prefix) {
        this.sources = sources.toAbsolutePath();
        this.prefix = prefix.toAbsolutePath();
    }

    /**
     * @param sources the directory with {@code package.json} and {@code package-lock.json}
     * @param prefix where they are installed, under {@code target/}
     */
    public static NodePackages of(Path sources, Path prefix) {
        return new NodePackages(sources, prefix);
    }

    /**
     * Installs the packages unless the same lock file is installed already. Test classes of one module may run in
     * forked JVMs side by side and share the directory: one installs while the others wait on a file lock, then find
     * the install done.
     */
    public synchronized NodePackages install() throws IOException, InterruptedException {
        Files.createDirectories(prefix);
        try (FileChannel channel = FileChannel.open(prefix.resolve(".install-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            return installUnlocked();
        }
    }

    private NodePackages installUnlocked() throws IOException, InterruptedException {
        Path lock = sources.resolve("package-lock.json");
        Path installed = prefix.resolve("package-lock.json");
        if (Files.exists(installed) && Files.mismatch(lock, installed) == -1 && Files.isDirectory(modules())) {
            return this;
        }
        Files.copy(sources.resolve("package.json"), prefix.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(lock, installed, StandardCopyOption.REPLACE_EXISTING);
        Run npm = run(INSTALL_TIMEOUT, "npm", "ci", "--no-audit", "--no-fund", "--prefix", prefix.toString());
        if (npm.exitCode() != 0) {
            // a later run must not take a failed install for a done one
            Files.deleteIfExists(installed);
            throw new IllegalStateException("npm ci in " + prefix + " failed:\n" + npm.output() + npm.errors());
        }
        return this;
    }

    /** The directory the packages are in. */
    public Path modules() {
        return prefix.resolve("node_modules");
    }

    /** The directory they are installed under. */
    public Path prefix() {
        return prefix;
    }

    /** How a command ended: its exit code ({@code -1} when it ran out of time), standard output and error. */
    public record Run(int exitCode, String output, String errors) {
    }

    /**
     * Runs a command with the packages on Node's module path, its standard input closed. Both output streams are read
     * as they come, each on a thread of its own: a full pipe must not stall the process.
     */
    public Run run(Duration timeout, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command));
        builder.environment().put("NODE_PATH", modules().toString());
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = read(process.getInputStream());
        CompletableFuture<String> err = read(process.getErrorStream());
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            return new Run(-1, text(out), "timed out after " + timeout + "\n" + text(err));
        }
        return new Run(process.exitValue(), text(out), text(err));
    }

    /** Runs a command as {@link #run} does; its standard output, or an exception with its errors when it fails. */
    public String output(Duration timeout, String... command) throws IOException, InterruptedException {
        Run run = run(timeout, command);
        if (run.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + run.exitCode() + "): "
                    + run.errors());
        }
        return run.output();
    }

    private static CompletableFuture<String> read(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.complete(e.toString());
            }
        }, "node-output");
        reader.setDaemon(true);
        reader.start();
        return text;
    }

    private static String text(CompletableFuture<String> text) throws InterruptedException {
        try {
            return text.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return "(not read: " + e + ")";
        }
    }
}
