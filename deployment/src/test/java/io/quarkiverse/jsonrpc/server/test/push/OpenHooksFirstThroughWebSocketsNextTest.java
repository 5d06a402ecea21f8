package io.quarkiverse.jsonrpc.server.test.push;

import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;

/** {@link OpenHooksFirstTests} with every message dispatched by websockets-next to the endpoint's callback. */
public class OpenHooksFirstThroughWebSocketsNextTest extends OpenHooksFirstTests {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(OpenHooksFirstTests.class, Doorman.class))
            // what a connection may send before it is let in: four times this, 256 KiB
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-response-size", "64K")
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.read-directly", "false");
}
