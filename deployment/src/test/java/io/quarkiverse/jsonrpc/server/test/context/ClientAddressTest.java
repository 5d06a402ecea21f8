package io.quarkiverse.jsonrpc.server.test.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import jakarta.inject.Inject;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.test.TransportClients;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * {@code JsonRpcContext.clientAddress()}: the caller's IP address over either transport, as a parameter or injected,
 * and behind a proxy, with Quarkus's proxy address forwarding, the address it forwards.
 */
public class ClientAddressTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Caller.class, TransportClients.class))
            .overrideConfigKey("quarkus.http.proxy.proxy-address-forwarding", "true")
            .overrideConfigKey("quarkus.http.proxy.allow-x-forwarded", "true");

    public static class Caller {
        @Inject
        JsonRpcContext injected;

        @JsonRpc
        public String whoCalls(JsonRpcContext context) {
            return context.clientAddress();
        }

        @JsonRpc
        public String whoCallsInjected() {
            return injected.clientAddress();
        }
    }

    /** Where the tests connect from: localhost, over IPv4 or IPv6. */
    static final String[] LOOPBACK = { "127.0.0.1", "0:0:0:0:0:0:0:1" };

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void theCallersAddress(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, uri)) {
            assertThat(client.call(String.class, "whoCalls")).isIn(LOOPBACK);
            assertThat(client.call(String.class, "whoCallsInjected")).isIn(LOOPBACK);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void theAddressAProxyForwards(String transport) {
        JsonRpcTestClient.Builder builder = JsonRpcTestClient.builder().header("X-Forwarded-For", "203.0.113.9");
        try (JsonRpcTestClient client = TransportClients.HTTP.equals(transport) ? builder.http(uri) : builder.ws(uri)) {
            assertThat(client.call(String.class, "whoCalls")).isEqualTo("203.0.113.9");
            assertThat(client.call(String.class, "whoCallsInjected")).isEqualTo("203.0.113.9");
        }
    }
}
