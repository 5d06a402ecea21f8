package io.quarkiverse.jsonrpc.server.it.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.it.NodeScripts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The WebSocket example of the interop guide, run by Node.js as it is written, against this application. */
@QuarkusTest
class InteropDocTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void theWebSocketExampleCallsTheServer() throws Exception {
        String example = DocExamples.of(Path.of("../docs/modules/ROOT/pages/guides-interop.adoc")).stream()
                .filter(e -> e.language().equals("javascript")).findFirst().orElseThrow().text();
        Path script = NodeScripts.PACKAGES.install().prefix().resolve("guides-interop-example.cjs");
        Files.writeString(script, example.replace("localhost:8080", "localhost:" + root.getPort()));

        assertThat(NodeScripts.run(script).output()).isEqualTo("19\n");
    }
}
