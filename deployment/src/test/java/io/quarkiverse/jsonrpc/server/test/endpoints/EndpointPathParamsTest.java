package io.quarkiverse.jsonrpc.server.test.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.server.spi.JsonRpcFilter;
import io.quarkiverse.jsonrpc.server.test.TransportClients;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * An endpoint's path may name path parameters, {@code /tenants/{tenant}/rpc}: one endpoint for every tenant, each
 * call told its tenant by {@code JsonRpcContext.pathParam}, over both transports, in methods, hooks and filters.
 */
public class EndpointPathParamsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tenants.class, Plain.class, ClosedTenants.class,
                    TransportClients.class));

    @JsonRpcEndpoint("/tenants/{tenant}/rpc")
    public static class Tenants {
        @Inject
        JsonRpcContext injected;

        @JsonRpc
        public String tenant(JsonRpcContext context) {
            return context.pathParam("tenant");
        }

        @JsonRpc
        public String injectedTenant() {
            return injected.pathParam("tenant");
        }

        @JsonRpc
        public String other(JsonRpcContext context) {
            return String.valueOf(context.pathParam("region"));
        }

        @JsonRpc
        public String endpoint(JsonRpcContext context) {
            return context.endpoint();
        }

        /** What the open hook read, over WebSocket; none over HTTP. */
        @JsonRpc
        public String openedFor(JsonRpcContext context) {
            return String.valueOf(context.userData().get("opened for"));
        }

        @OnJsonRpcOpen
        void opened(JsonRpcContext context) {
            context.userData().put("opened for", context.pathParam("tenant"));
        }
    }

    public static class Plain {
        @JsonRpc
        public String tenant(JsonRpcContext context) {
            return String.valueOf(context.pathParam("tenant"));
        }

        @JsonRpc
        public String endpoint(JsonRpcContext context) {
            return String.valueOf(context.endpoint());
        }
    }

    /** The tenancy check a filter can make from the path. */
    @Singleton
    public static class ClosedTenants implements JsonRpcFilter {
        @Override
        public void before(JsonRpcContext call, JsonNode params) {
            if ("closed".equals(call.pathParam("tenant"))) {
                throw new JsonRpcException(-32042, "Tenant closed");
            }
        }
    }

    @TestHTTPResource("/tenants/acme/rpc")
    URI acme;

    @TestHTTPResource("/tenants/closed/rpc")
    URI closed;

    @TestHTTPResource("/jsonrpc")
    URI configured;

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void eachCallIsToldItsPathParams(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, acme)) {
            assertThat(client.call(String.class, "tenant")).isEqualTo("acme");
            assertThat(client.call(String.class, "injectedTenant")).isEqualTo("acme");
            assertThat(client.call(String.class, "other")).isEqualTo("null");
            assertThat(client.call(String.class, "endpoint")).isEqualTo("/tenants/{tenant}/rpc");
            assertThat(client.call(String.class, "openedFor"))
                    .isEqualTo(TransportClients.WEBSOCKET.equals(transport) ? "acme" : "null");
        }
        try (JsonRpcTestClient client = TransportClients.over(transport, configured)) {
            assertThat(client.call(String.class, "tenant")).isEqualTo("null");
            assertThat(client.call(String.class, "endpoint")).isEqualTo("null");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void aFilterDecidesByThePath(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, closed)) {
            JsonRpcErrorException refused = client.callForError("tenant");
            assertThat(refused.code()).isEqualTo(-32042);
            assertThat(refused.message()).isEqualTo("Tenant closed");
        }
    }

    @Test
    void everyTenantHasTheDocument() {
        String document = Http.getJson("/tenants/acme/rpc/openrpc.json").toString();
        assertThat(Arrays.asList("\"tenant\"", "\"injectedTenant\"", "\"openedFor\"")).allMatch(document::contains);
    }
}
