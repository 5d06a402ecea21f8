package io.quarkiverse.jsonrpc.client.test.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A client interface without a namespace of its own that extends a shared interface with one, which extends an
 * interface without: the methods of that one are called in the namespace of the nearest interface that extends it,
 * as the server that implements the shared interface serves them.
 */
public class ExtendedInterfaceNamespaceClientTest {

    static final int PORT = SharedTcpRelay.port(ExtendedInterfaceNamespaceClientTest.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Health.class, Orders.class, OrderService.class,
                    OrdersClient.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"orders\".url", "http://localhost:" + PORT + "/jsonrpc");

    public interface Health {
        @JsonRpc
        String ping();
    }

    @JsonRpcNamespace("orders")
    public interface Orders extends Health {
        @JsonRpc
        String get(String id);
    }

    /** Serves orders.ping and orders.get. */
    public static class OrderService implements Orders {
        @Override
        public String ping() {
            return "pong";
        }

        @Override
        public String get(String id) {
            return "order " + id;
        }
    }

    @RegisterJsonRpcClient(configKey = "orders")
    public interface OrdersClient extends Orders {
    }

    @TestHTTPResource
    URL application;

    @Inject
    @JsonRpcClient
    OrdersClient orders;

    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(ExtendedInterfaceNamespaceClientTest.class.getName(), application.getPort());
    }

    @Test
    void theMethodsOfTheExtendedInterfaceAreCalledInTheNamespaceOfTheOneThatExtendsIt() {
        assertThat(orders.ping()).isEqualTo("pong");
        assertThat(orders.get("7")).isEqualTo("order 7");
    }
}
