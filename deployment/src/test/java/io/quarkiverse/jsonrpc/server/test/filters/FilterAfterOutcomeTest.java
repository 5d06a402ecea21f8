package io.quarkiverse.jsonrpc.server.test.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.spi.JsonRpcFilter;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;

/**
 * A filter's after() is told the error exactly as the client gets it, also where a result turns into one after the
 * method: a subscription over the limit, a response too large, alone or with the rest of its batch.
 */
public class FilterAfterOutcomeTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Methods.class, Recorder.class, HttpRpc.class))
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.max-subscriptions", "1")
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-response-size", "1000");

    public static class Methods {
        @JsonRpc
        public Multi<String> quiet() {
            return Multi.createFrom().nothing();
        }

        @JsonRpc
        public String big() {
            return "x".repeat(5000);
        }

        @JsonRpc
        public String text(int length) {
            return "x".repeat(length);
        }
    }

    @Singleton
    public static class Recorder implements JsonRpcFilter {
        static final List<String> outcomes = new CopyOnWriteArrayList<>();

        @Override
        public void after(JsonRpcContext call, Object result, JsonRpcException error) {
            outcomes.add(call.method() + " -> " + (error == null ? "result" : "error " + error.getCode()));
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @BeforeEach
    void clear() {
        Recorder.outcomes.clear();
    }

    @Test
    void tooManySubscriptions() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            client.subscribe("quiet");
            String refused = client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"quiet\",\"id\":9}");
            assertThat(refused).contains("-32007");
            assertThat(Recorder.outcomes).containsExactly("quiet -> result", "quiet -> error -32007");
        }
    }

    @Test
    void resultTooLarge() {
        String answer = HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"big\",\"id\":1}");
        assertThat(answer).contains("-32603");
        assertThat(Recorder.outcomes).containsExactly("big -> error -32603");
    }

    /** Each result fits, the two do not: the second is replaced, and its filter told so. */
    @Test
    void aBatchResultTheSizeLimitReplaces() {
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"text\",\"params\":[600],\"id\":";
        String answer = HttpRpc.call("[" + request + "1}," + request + "2}]");
        assertThat(answer).isEqualTo("[{\"jsonrpc\":\"2.0\",\"result\":\"" + "x".repeat(600) + "\",\"id\":1},"
                + "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32603,\"message\":\"Result too large\",\"data\":"
                + "\"The response would exceed 1000 bytes, the limit of"
                + " quarkus.jsonrpc-server.limits.max-response-size\"},\"id\":2}]");
        assertThat(Recorder.outcomes).containsExactly("text -> result", "text -> error -32603");
    }
}
