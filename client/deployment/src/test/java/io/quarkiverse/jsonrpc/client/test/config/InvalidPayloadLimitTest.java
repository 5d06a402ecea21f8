package io.quarkiverse.jsonrpc.client.test.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** A traffic logging payload limit below -1 stops the application at startup, naming the property. */
public class InvalidPayloadLimitTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Inventory.class, Inventory.Stock.class, BuildFailure.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"inventory\".url", "http://localhost:1/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"inventory\".traffic-logging.payload-limit", "-2")
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("quarkus.jsonrpc-client.\"inventory\".traffic-logging.payload-limit is -2: write a number"
                            + " of characters, or -1 to log whole messages"));

    @Test
    void startupFails() {
        fail("The application should not have started");
    }
}
