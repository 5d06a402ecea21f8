package io.quarkiverse.jsonrpc.server.test.transport;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Traffic logging where websockets-next hands the messages over and writes the answers ({@code read-directly=false},
 * as where the Vert.x WebSocket cannot be reached): the same lines as when the extension reads and writes the frames.
 */
public class TrafficLoggingThroughWebSocketsNextTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(TrafficLoggingTest.Methods.class, TrafficLoggingTest.class,
                    LogWatch.class))
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.read-directly", "false")
            .overrideConfigKey("quarkus.jsonrpc-server.traffic-logging.enabled", "true")
            .overrideConfigKey("quarkus.log.category.\"" + TrafficLoggingTest.CATEGORY + "\".level", "DEBUG");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aWebSocketConnectionsMessagesAreLoggedWithItsId() {
        TrafficLoggingTest.webSocketMessagesAreLogged(uri);
    }
}
