package io.quarkiverse.jsonrpc.server.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.jsonrpc.testsupport.NodePackages;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The example app called by JSON-RPC clients nobody here wrote: npm packages, run by Node.js from the scripts in
 * {@code src/test/js}. Each script prints one line per check and exits non-zero when one failed. The packages are
 * installed at test time into {@code target/interop} with {@code npm ci}, at the exact versions of the lock file
 * beside the scripts.
 */
@QuarkusTest
class InteropTest {

    static final Path SCRIPTS = Path.of("src", "test", "js");
    static final NodePackages PACKAGES = NodePackages.of(SCRIPTS, Path.of("target", "interop"));

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void installPackages() throws Exception {
        PACKAGES.install();
    }

    @ParameterizedTest
    @ValueSource(strings = { "json-rpc-2.0-http.cjs", "json-rpc-2.0-ws.cjs", "jayson-http.cjs" })
    void clientLibraryTalksToTheServer(String script) throws Exception {
        assertThat(run(script, root).output()).contains(" passed, 0 failed").doesNotContain("not ok");
    }

    /** Runs a script against the application at {@code root}, with its port: it must end with status 0. */
    static NodePackages.Run run(String script, URL root) throws Exception {
        NodePackages.Run node = PACKAGES.run(Duration.ofSeconds(60), "node", SCRIPTS.resolve(script).toString(),
                Integer.toString(root.getPort()));
        assertThat(node.exitCode()).as("node %s:%n%s%s", script, node.output(), node.errors()).isZero();
        return node;
    }
}
