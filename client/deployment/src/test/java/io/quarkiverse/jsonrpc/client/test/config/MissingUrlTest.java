package io.quarkiverse.jsonrpc.client.test.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** A client a bean injects, without a URL, stops the application at startup, naming the property to set. */
public class MissingUrlTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Inventory.class, Inventory.Stock.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("The JSON-RPC client 'inventory' (" + Inventory.class.getName() + ") has no URL: set"
                            + " quarkus.jsonrpc-client.\"inventory\".url to the server's http://, https://, ws:// or"
                            + " wss:// URL"));

    @Test
    void startupFails() {
        fail("The application should not have started");
    }
}
