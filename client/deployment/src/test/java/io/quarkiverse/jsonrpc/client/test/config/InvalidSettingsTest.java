package io.quarkiverse.jsonrpc.client.test.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A number or a duration that cannot work stops the application at startup, each named by its property, in one
 * message.
 */
public class InvalidSettingsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Inventory.class, Inventory.Stock.class, BuildFailure.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"inventory\".url", "http://localhost:1/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"inventory\".timeout", "-1s")
            .overrideConfigKey("quarkus.jsonrpc-client.\"inventory\".connect-timeout", "-2s")
            .overrideConfigKey("quarkus.jsonrpc-client.\"inventory\".ping-interval", "0s")
            .overrideConfigKey("quarkus.jsonrpc-client.\"inventory\".traffic-logging.payload-limit", "-2")
            .overrideConfigKey("quarkus.jsonrpc-client.\"inventory\".max-http-connections", "0")
            .overrideConfigKey("quarkus.jsonrpc-client.\"inventory\".max-redirects", "-1")
            .overrideConfigKey("quarkus.jsonrpc-client.\"inventory\".max-message-size", "0")
            .overrideConfigKey("quarkus.jsonrpc-client.\"inventory\".compression-level", "10")
            .overrideConfigKey("quarkus.jsonrpc-client.\"inventory\".reconnect.initial-delay", "2s")
            .overrideConfigKey("quarkus.jsonrpc-client.\"inventory\".reconnect.max-delay", "1s")
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("quarkus.jsonrpc-client.\"inventory\".traffic-logging.payload-limit is -2: write a number"
                            + " of characters, or -1 to log whole messages; quarkus.jsonrpc-client.\"inventory\""
                            + ".timeout is -1s: write how long a call waits, or 0 to wait as long as it takes;"
                            + " quarkus.jsonrpc-client.\"inventory\".connect-timeout is -2s: write how long opening a"
                            + " connection may take, or 0 for no limit; quarkus.jsonrpc-client.\"inventory\""
                            + ".ping-interval is 0s: write how often to ping the server, or leave it unset for no"
                            + " pings; quarkus.jsonrpc-client.\"inventory\".max-http-connections is 0: a client"
                            + " needs at least one HTTP connection; quarkus.jsonrpc-client.\"inventory\".max-redirects"
                            + " is -1: write how many redirects a call follows at most, 0 for none;"
                            + " quarkus.jsonrpc-client.\"inventory\".max-message-size is 0 bytes: write the largest"
                            + " message the client reads, from 1 byte to under 2G;"
                            + " quarkus.jsonrpc-client.\"inventory\".compression-level is 10: write how hard the"
                            + " client deflates what it sends, from 0 (not at all) to 9 (hardest);"
                            + " quarkus.jsonrpc-client.\"inventory\".reconnect.initial-delay is 2s and"
                            + " reconnect.max-delay 1s: the first pause must be positive, and not longer than the"
                            + " longest"));

    @Test
    void startupFails() {
        fail("The application should not have started");
    }
}
