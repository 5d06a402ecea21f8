package io.quarkiverse.jsonrpc.server.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.quarkiverse.jsonrpc.testsupport.NodePackages;

/**
 * Headless Chromium driven by {@code playwright-core} from npm, at the exact version of {@code src/test/js}'s lock
 * file, installed with {@code npm ci} under {@code target/} on first use. The browser is the system's: Debian's
 * {@code chromium} package ({@code .ci/run} installs it).
 */
public final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

    private static final Path SCRIPTS = Path.of("src", "test", "js");
    private static final NodePackages PACKAGES = NodePackages.of(SCRIPTS, Path.of("target", "playwright"));
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(3);

    private Browser() {
    }

    /** Runs a script of {@code src/test/js} with the playwright-core module, Chromium and the arguments; its output. */
    public static String run(String script, String... arguments) throws IOException, InterruptedException {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("No Chromium at " + CHROMIUM + ": install it (Debian: apt-get install chromium)"
                    + " or point -Dchromium.path at it");
        }
        List<String> command = new ArrayList<>(List.of("node", SCRIPTS.resolve(script).toString(),
                PACKAGES.install().modules().resolve("playwright-core").toString(), CHROMIUM.toString()));
        command.addAll(List.of(arguments));
        return PACKAGES.output(SCRIPT_TIMEOUT, command.toArray(String[]::new));
    }
}
