package io.quarkiverse.jsonrpc.server.test.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/** A {@code JsonRpcException}, thrown or as a failed {@code Uni}, reaches the client with its code, message and data. */
public class JsonRpcExceptionTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Bank.class, Shortfall.class, HttpRpc.class));

    public record Shortfall(int balance, int requested) {
    }

    public static class Bank {
        @JsonRpc
        public int withdraw(int amount) {
            throw new JsonRpcException(-32001, "Insufficient funds", new Shortfall(10, amount));
        }

        @JsonRpc
        public Uni<Integer> withdrawLater(int amount) {
            return Uni.createFrom().failure(new JsonRpcException(-32002, "Account locked"));
        }
    }

    static final String WITHDRAW = "{\"jsonrpc\":\"2.0\",\"method\":\"withdraw\",\"params\":[50],\"id\":1}";
    static final String WITHDRAWN = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32001,\"message\":\"Insufficient funds\","
            + "\"data\":{\"balance\":10,\"requested\":50}},\"id\":1}";
    static final String WITHDRAW_LATER = "{\"jsonrpc\":\"2.0\",\"method\":\"withdrawLater\",\"params\":[50],\"id\":2}";
    static final String LOCKED = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32002,\"message\":\"Account locked\"},"
            + "\"id\":2}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void overHttp() {
        assertThat(HttpRpc.call(WITHDRAW)).isEqualTo(WITHDRAWN);
        assertThat(HttpRpc.call(WITHDRAW_LATER)).isEqualTo(LOCKED);
    }

    @Test
    void overWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(WITHDRAW)).isEqualTo(WITHDRAWN);
            assertThat(client.call(WITHDRAW_LATER)).isEqualTo(LOCKED);
        }
    }
}
