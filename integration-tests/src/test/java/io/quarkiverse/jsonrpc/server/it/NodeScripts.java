package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;

import io.quarkiverse.jsonrpc.testsupport.NodePackages;

/**
 * The npm packages the example app's tests run with Node.js: JSON-RPC clients nobody here wrote, and JSON Schema
 * validators. Installed at test time into {@code target/interop} with {@code npm ci}, at the exact versions of the
 * lock file beside the scripts in {@code src/test/js}; once per build, whichever test class asks first.
 */
public final class NodeScripts {

    public static final Path SCRIPTS = Path.of("src", "test", "js");
    public static final NodePackages PACKAGES = NodePackages.of(SCRIPTS, Path.of("target", "interop"));

    private NodeScripts() {
    }

    /**
     * Runs a script of {@code src/test/js} against the application at {@code root}, given its port: it must end with
     * status 0.
     */
    public static NodePackages.Run run(String script, URL root) throws Exception {
        return run(SCRIPTS.resolve(script), Integer.toString(root.getPort()));
    }

    /** Runs a script with the packages installed, with the arguments given: it must end with status 0. */
    public static NodePackages.Run run(Path script, String... arguments) throws Exception {
        String[] command = new String[arguments.length + 2];
        command[0] = "node";
        command[1] = script.toString();
        System.arraycopy(arguments, 0, command, 2, arguments.length);
        NodePackages.Run node = PACKAGES.install().run(Duration.ofSeconds(60), command);
        assertThat(node.exitCode()).as("node %s:%n%s%s", script, node.output(), node.errors()).isZero();
        return node;
    }
}
