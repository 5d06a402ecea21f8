package io.quarkiverse.jsonrpc.server.it.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.testsupport.NodePackages;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The WebSocket example of the interop guide, run by Node.js as it is written, against this application. */
@QuarkusTest
class InteropDocTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void theWebSocketExampleCallsTheServer() throws Exception {
        NodePackages packages = NodePackages.of(Path.of("src", "test", "js"), Path.of("target", "interop")).install();
        String example = DocExamples.of(Path.of("../docs/modules/ROOT/pages/guides-interop.adoc")).stream()
                .filter(e -> e.language().equals("javascript")).findFirst().orElseThrow().text();
        Path script = packages.prefix().resolve("guides-interop-example.cjs");
        Files.writeString(script, example.replace("localhost:8080", "localhost:" + root.getPort()));

        NodePackages.Run node = packages.run(Duration.ofSeconds(60), "node", script.toString());

        assertThat(node.exitCode()).as("node %s:%n%s%s", script, node.output(), node.errors()).isZero();
        assertThat(node.output()).isEqualTo("19\n");
    }
}
