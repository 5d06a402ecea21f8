package io.quarkiverse.jsonrpc.server.test.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcError;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.server.spi.JsonRpcFilter;
import io.quarkiverse.jsonrpc.server.test.TransportClients;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.security.ForbiddenException;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/**
 * A filter refuses a call with any exception that has an error, as the method would: one declared with
 * {@code @JsonRpcError}, a security exception, or one an exception mapper maps, from {@code before} or from the
 * {@code Uni} of {@code beforeAsync}; the filters are told the error the client gets. An exception a mapper declines
 * is a bug of the filter, as one no mapper takes.
 */
public class FilterRefusalTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Service.class, Refusing.class, QuotaExceeded.class,
                    Mappers.class, TransportClients.class));

    public static class Service {
        @JsonRpc
        public String echo(String text) {
            return text;
        }
    }

    @JsonRpcError(code = -32070, message = "Quota exceeded")
    public static class QuotaExceeded extends RuntimeException {
    }

    @Singleton
    public static class Mappers {
        @JsonRpcExceptionMapper
        JsonRpcException notFound(NoSuchElementException e) {
            return new JsonRpcException(-32071, "No quota: " + e.getMessage());
        }

        @JsonRpcExceptionMapper
        JsonRpcException declined(IllegalArgumentException e) {
            return null;
        }
    }

    /** Refuses as its param says; tells what each call's outcome was. */
    @Singleton
    public static class Refusing implements JsonRpcFilter {

        static final List<String> told = new CopyOnWriteArrayList<>();

        @Override
        public Uni<Void> beforeAsync(JsonRpcContext call, JsonNode params) {
            return "mapped-later".equals(params.path(0).asText())
                    ? Uni.createFrom().failure(new NoSuchElementException("later"))
                    : null;
        }

        @Override
        public void before(JsonRpcContext call, JsonNode params) {
            switch (params.path(0).asText()) {
                case "declared" -> throw new QuotaExceeded();
                case "forbidden" -> throw new ForbiddenException("not this one");
                case "mapped" -> throw new NoSuchElementException("now");
                case "declined" -> throw new IllegalArgumentException("declined");
                default -> {
                }
            }
        }

        @Override
        public void after(JsonRpcContext call, Object result, JsonRpcException error) {
            told.add(error == null ? "result " + result : "error " + error.getCode());
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @BeforeEach
    void forget() {
        Refusing.told.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void anExceptionWithAnErrorRefusesTheCallWithIt(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, uri)) {
            assertError(client.callForError("echo", "declared"), -32070, "Quota exceeded");
            assertError(client.callForError("echo", "forbidden"), -32003, "Forbidden");
            assertError(client.callForError("echo", "mapped"), -32071, "No quota: now");
            assertError(client.callForError("echo", "mapped-later"), -32071, "No quota: later");
            assertThat(client.call(String.class, "echo", "served")).isEqualTo("served");
        }
        assertThat(Refusing.told).containsExactly("error -32070", "error -32003", "error -32071", "error -32071",
                "result served");
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void anExceptionTheMapperDeclinesIsABugOfTheFilter(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, uri)) {
            assertError(client.callForError("echo", "declined"), -32603, "JSON-RPC filter " + Refusing.class.getName()
                    + " failed: java.lang.IllegalArgumentException: declined");
        }
    }

    private static void assertError(JsonRpcErrorException error, int code, String message) {
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.message()).isEqualTo(message);
    }
}
