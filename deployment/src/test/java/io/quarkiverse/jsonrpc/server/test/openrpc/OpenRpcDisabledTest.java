package io.quarkiverse.jsonrpc.server.test.openrpc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;

/** With {@code openrpc.enabled=false} nothing describes the methods. */
public class OpenRpcDisabledTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Shop.class))
            .overrideConfigKey("quarkus.jsonrpc-server.openrpc.enabled", "false");

    @Test
    void discoverIsNotFound() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.discover\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
                        + "\"data\":\"No method named 'rpc.discover'\"},\"id\":1}");
    }

    @Test
    void documentIsNotFound() {
        assertThat(Http.get("/jsonrpc/openrpc.json").statusCode()).isEqualTo(404);
    }
}
