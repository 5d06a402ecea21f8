package io.quarkiverse.jsonrpc.server.test.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.spi.JsonRpcFilter;
import io.quarkiverse.jsonrpc.server.test.SneakyThrow;
import io.quarkiverse.jsonrpc.server.test.TransportClients;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A filter that throws a checked exception (as Kotlin code may, or Java through a sneaky throw) or an {@link Error}
 * is a bug of the filter, as one that throws a {@code RuntimeException}: before the call, the client gets
 * {@code -32603} naming the filter; after it, the call is answered as if the filter had not failed. Either way the
 * connection goes on serving.
 */
public class FilterFailureTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Service.class, Broken.class, TransportClients.class, SneakyThrow.class));

    public static class Service {
        @JsonRpc
        public String echo(String text) {
            return text;
        }
    }

    /** Fails as its param says: {@code before-checked}, {@code before-error}, {@code after-checked}. */
    @Singleton
    public static class Broken implements JsonRpcFilter {
        @Override
        public void before(JsonRpcContext call, JsonNode params) {
            switch (params.path(0).asText()) {
                case "before-checked" -> throw SneakyThrow.of(new IOException("quota store offline"));
                case "before-error" -> throw new AssertionError("filter assertion");
                default -> {
                }
            }
        }

        @Override
        public void after(JsonRpcContext call, Object result, JsonRpcException error) {
            if ("after-checked".equals(result)) {
                throw SneakyThrow.of(new IOException("audit store offline"));
            }
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void aFilterThatThrowsACheckedExceptionOrAnErrorBeforeTheCallIsABug(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, uri)) {
            JsonRpcErrorException checked = client.callForError("echo", "before-checked");
            assertThat(checked.code()).isEqualTo(-32603);
            assertThat(checked.message()).isEqualTo("JSON-RPC filter " + Broken.class.getName()
                    + " failed: java.io.IOException: quota store offline");
            JsonRpcErrorException error = client.callForError("echo", "before-error");
            assertThat(error.code()).isEqualTo(-32603);
            assertThat(error.message()).isEqualTo("JSON-RPC filter " + Broken.class.getName()
                    + " failed: java.lang.AssertionError: filter assertion");
            assertThat(client.call(String.class, "echo", "still served")).isEqualTo("still served");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void aFilterThatThrowsACheckedExceptionAfterTheCallChangesNothing(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, uri)) {
            assertThat(client.call(String.class, "echo", "after-checked")).isEqualTo("after-checked");
            assertThat(client.call(String.class, "echo", "still served")).isEqualTo("still served");
        }
    }
}
