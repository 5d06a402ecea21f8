package io.quarkiverse.jsonrpc.server.test.transport;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** {@code websocket.allowed-origins=*} lets a page of any origin open a WebSocket. */
public class AnyOriginTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(AllowedOriginsTest.class, AllowedOriginsTest.Ping.class))
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.allowed-origins", "*");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @ParameterizedTest
    @ValueSource(strings = { "https://evil.example", "null", "http://localhost:1" })
    void everyOriginGetsIn(String origin) {
        AllowedOriginsTest.assertGetsIn(uri, Map.of("Origin", origin));
    }
}
