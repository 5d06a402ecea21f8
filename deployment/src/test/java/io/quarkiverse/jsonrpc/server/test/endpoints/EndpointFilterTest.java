package io.quarkiverse.jsonrpc.server.test.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.spi.JsonRpcFilter;
import io.quarkiverse.jsonrpc.server.test.TransportClients;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** A filter may apply to the methods of one endpoint, by its path: {@code appliesTo(endpoint, method)}. */
public class EndpointFilterTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Endpoints.class, Endpoints.Public.class, Endpoints.Admin.class,
                    AdminsOnly.class, TransportClients.class));

    /** Refuses every call of {@code /admin}'s methods: {@code ping} there, and not {@code ping} elsewhere. */
    @Singleton
    public static class AdminsOnly implements JsonRpcFilter {

        @Override
        public boolean appliesTo(String endpoint, String method) {
            return "/admin".equals(endpoint);
        }

        @Override
        public void before(JsonRpcContext call, JsonNode params) {
            throw new JsonRpcException(-32043, "Admins only");
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI configured;

    @TestHTTPResource("/admin")
    URI admin;

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void theFilterRunsAtItsEndpointOnly(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, configured)) {
            assertThat(client.call(String.class, "ping")).isEqualTo("public");
        }
        try (JsonRpcTestClient client = TransportClients.over(transport, admin)) {
            JsonRpcErrorException refused = client.callForError("ping");
            assertThat(refused.code()).isEqualTo(-32043);
            assertThat(refused.message()).isEqualTo("Admins only");
        }
    }
}
