package io.quarkiverse.jsonrpc.server.test.push;

import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;

/** {@link OpenHooksFirstTests} with every message dispatched by websockets-next to the endpoint's callback. */
public class OpenHooksFirstThroughWebSocketsNextTest extends OpenHooksFirstTests {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(OpenHooksFirstTests.class, Doorman.class))
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.read-directly", "false");
}
