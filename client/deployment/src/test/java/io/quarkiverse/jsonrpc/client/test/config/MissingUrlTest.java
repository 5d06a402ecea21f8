package io.quarkiverse.jsonrpc.client.test.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** A client a bean injects, without a URL, stops the application at startup, naming the property to set. */
public class MissingUrlTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Api.class, Stock.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("The JSON-RPC client 'inventory' (" + Api.class.getName() + ") has no URL: set"
                            + " quarkus.jsonrpc-client.\"inventory\".url to the server's http://, https://, ws:// or"
                            + " wss:// URL"));

    @Test
    void startupFails() {
        fail("The application should not have started");
    }

    @RegisterJsonRpcClient(configKey = "inventory")
    public interface Api {
        @JsonRpc
        int stock(String item);
    }

    @Singleton
    public static class Stock {
        @Inject
        @JsonRpcClient
        Api inventory;
    }
}
