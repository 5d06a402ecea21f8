package io.quarkiverse.jsonrpc.server.test.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;

/**
 * A result whose response would exceed {@code limits.max-response-size} is answered {@code -32603} instead, over both
 * transports; a batch response counts as a whole.
 */
public class MaxResponseSizeTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Texts.class))
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-response-size", "1K");

    public static class Texts {
        @JsonRpc
        public String text(int length) {
            return "x".repeat(length);
        }

        /** A subscription whose stream never emits: only the response to its call and its end are seen. */
        @JsonRpc
        public Multi<String> quiet() {
            return Multi.createFrom().nothing();
        }
    }

    /** 36 bytes of envelope around the text of id 1: a text of 988 characters makes a response of exactly 1K. */
    static String call(int length, int id) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"text\",\"params\":[" + length + "],\"id\":" + id + "}";
    }

    static String result(int length, int id) {
        return "{\"jsonrpc\":\"2.0\",\"result\":\"" + "x".repeat(length) + "\",\"id\":" + id + "}";
    }

    static String tooLarge(int id) {
        return "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32603,\"message\":\"Result too large\",\"data\":\"The response"
                + " would exceed 1024 bytes, the limit of quarkus.jsonrpc-server.limits.max-response-size\"},\"id\":"
                + id + "}";
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void overHttp() {
        assertThat(HttpRpc.call(call(988, 1))).isEqualTo(result(988, 1)).hasSize(1024);
        assertThat(HttpRpc.call(call(989, 1))).isEqualTo(tooLarge(1));
        assertThat(HttpRpc.call(call(10_000_000, 2))).isEqualTo(tooLarge(2));
        assertThat(HttpRpc.call("[" + call(400, 1) + "," + call(400, 2) + "," + call(400, 3) + "]"))
                .isEqualTo("[" + result(400, 1) + "," + result(400, 2) + "," + tooLarge(3) + "]");
    }

    @Test
    void overWebSocket() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(call(988, 1))).isEqualTo(result(988, 1));
            assertThat(client.call(call(10_000_000, 2))).isEqualTo(tooLarge(2));
            assertThat(client.call("[" + call(400, 1) + "," + call(400, 2) + "," + call(400, 3) + "]"))
                    .isEqualTo("[" + result(400, 1) + "," + result(400, 2) + "," + tooLarge(3) + "]");
            // the connection stays open
            assertThat(client.call(call(3, 4))).isEqualTo(result(3, 4));
        }
    }

    /**
     * A subscription whose response in a batch is replaced by the error is ended: the client, which never learns its
     * id, could not end it, and it would hold a place against the connection's subscriptions for good.
     */
    @Test
    void aSubscriptionPastTheLimitIsEnded() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("[" + call(980, 1) + ",{\"jsonrpc\":\"2.0\",\"method\":\"quiet\",\"id\":2}]"))
                    .isEqualTo("[" + result(980, 1) + "," + tooLarge(2) + "]");
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.unsubscribe\",\"params\":[\"1\"],\"id\":3}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":false,\"id\":3}");
        }
    }
}
