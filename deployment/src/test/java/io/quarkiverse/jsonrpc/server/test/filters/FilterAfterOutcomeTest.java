package io.quarkiverse.jsonrpc.server.test.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.spi.JsonRpcFilter;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;

/**
 * A filter's after() is told the error exactly as the client gets it, also where a result turns into one after the
 * method: a subscription over the limit, a response too large, alone or with the rest of its batch, a failure of the
 * server itself as the answer is made.
 */
public class FilterAfterOutcomeTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Methods.class, Exploding.class, ExplodingSerializer.class,
                    ExplodingDeserializer.class,
                    Recorder.class))
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

        @JsonRpc
        public Exploding exploding() {
            return new Exploding();
        }

        @JsonRpc
        public String explodingParam(Exploding exploding) {
            return "never";
        }
    }

    /** Its serializer and its deserializer throw what Jackson does not wrap, as a bug of the server would. */
    @JsonSerialize(using = ExplodingSerializer.class)
    @JsonDeserialize(using = ExplodingDeserializer.class)
    public static class Exploding {
    }

    public static class ExplodingDeserializer extends JsonDeserializer<Exploding> {
        @Override
        public Exploding deserialize(JsonParser parser, DeserializationContext context) {
            throw new AssertionError("exploded");
        }
    }

    public static class ExplodingSerializer extends JsonSerializer<Exploding> {
        @Override
        public void serialize(Exploding value, JsonGenerator generator, SerializerProvider provider) {
            throw new AssertionError("exploded");
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

    /**
     * Answered -32603 as the server's own failure, as the answer is made or as the params are bound: the filter that
     * let the call through is told so.
     */
    @Test
    void aFailureOfTheServerItself() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"exploding\",\"id\":4}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32603,\"message\":\"Internal error\"},\"id\":4}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"explodingParam\",\"params\":[{}],\"id\":5}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32603,\"message\":\"Internal error\"},\"id\":5}");
        assertThat(Recorder.outcomes).containsExactly("exploding -> error -32603", "explodingParam -> error -32603");
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
