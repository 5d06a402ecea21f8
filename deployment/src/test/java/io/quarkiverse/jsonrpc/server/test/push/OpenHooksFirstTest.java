package io.quarkiverse.jsonrpc.server.test.push;

import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;

/** {@link OpenHooksFirstTests} with the frames read directly, the default. */
public class OpenHooksFirstTest extends OpenHooksFirstTests {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(OpenHooksFirstTests.class, Doorman.class));
}
