package io.quarkiverse.jsonrpc.server.test.devui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium driven by {@code playwright-core} from npm, installed under {@code target/} on first use. The
 * browser is the system's: Debian's {@code chromium} package ({@code .ci/run} installs it).
 */
final class Browser {

    static final String PLAYWRIGHT = "playwright-core@1.65.1";
    static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

    private static final Path PREFIX = Path.of("target", "playwright").toAbsolutePath();

    private Browser() {
    }

    /** Runs a script of {@code src/test/js} with the playwright-core module, Chromium and the arguments; its output. */
    static String run(String script, String... arguments) throws IOException, InterruptedException {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("No Chromium at " + CHROMIUM + ": install it (Debian: apt-get install chromium)"
                    + " or point -Dchromium.path at it");
        }
        Path module = PREFIX.resolve("node_modules").resolve("playwright-core");
        if (!Files.exists(module)) {
            exec(List.of("npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix", PREFIX.toString(),
                    PLAYWRIGHT));
        }
        List<String> command = new ArrayList<>(List.of("node", Path.of("src", "test", "js", script).toString(),
                module.toString(), CHROMIUM.toString()));
        command.addAll(List.of(arguments));
        return exec(command);
    }

    private static String exec(List<String> command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("browser", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(err));
            }
            return out;
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
