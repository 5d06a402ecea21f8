package io.quarkiverse.jsonrpc.server.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.jsonrpc.server.it.NodeScripts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The example app called by JSON-RPC clients nobody here wrote: npm packages, run by Node.js from the scripts in
 * {@code src/test/js} ({@link NodeScripts}). Each script prints one line per check and exits non-zero when one
 * failed.
 */
@QuarkusTest
class InteropTest {

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest
    @ValueSource(strings = { "json-rpc-2.0-http.cjs", "json-rpc-2.0-ws.cjs", "jayson-http.cjs" })
    void clientLibraryTalksToTheServer(String script) throws Exception {
        assertThat(NodeScripts.run(script, root).output()).contains(" passed, 0 failed").doesNotContain("not ok");
    }
}
