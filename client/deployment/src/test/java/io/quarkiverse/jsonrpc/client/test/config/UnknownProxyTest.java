package io.quarkiverse.jsonrpc.client.test.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** A client a bean injects, naming a proxy the Quarkus proxy registry does not have, stops the application. */
public class UnknownProxyTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Inventory.class, Inventory.Stock.class, BuildFailure.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"inventory\".url", "http://localhost:9/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"inventory\".proxy-configuration-name", "egress")
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("The JSON-RPC client 'inventory' names the proxy configuration 'egress', which does not"
                            + " exist: configure quarkus.proxy.\"egress\".host, or name none for no proxy"));

    @Test
    void startupFails() {
        fail("The application should not have started");
    }
}
