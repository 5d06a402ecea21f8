package io.quarkiverse.jsonrpc.server.test.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * Message size limits come from Quarkus: an HTTP body over quarkus.http.limits.max-body-size gets 413, a WebSocket
 * message over quarkus.websockets-next.server.max-message-size closes the connection; the JSON nesting depth can be
 * tightened for JSON-RPC with quarkus.jsonrpc-server.limits.max-nesting-depth.
 */
public class MessageSizeLimitsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class))
            .overrideConfigKey("quarkus.http.limits.max-body-size", "2K")
            .overrideConfigKey("quarkus.websockets-next.server.max-message-size", "2048")
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-nesting-depth", "10");

    public static class Echo {
        @JsonRpc
        public Object echo(Object value) {
            return value;
        }
    }

    static final String BIG = "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"" + "x".repeat(4096) + "\"],\"id\":1}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Inject
    Vertx vertx;

    @Test
    void anHttpBodyOverTheLimitIs413() {
        given().contentType("application/json").body(BIG).post("/jsonrpc").then().statusCode(413);
    }

    @Test
    void aWebSocketMessageOverTheLimitClosesTheConnection() throws Exception {
        WebSocket socket = vertx.createWebSocketClient()
                .connect(new WebSocketConnectOptions().setHost(uri.getHost()).setPort(uri.getPort())
                        .setURI(uri.getRawPath()))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        CompletableFuture<Void> closed = new CompletableFuture<>();
        socket.closeHandler(v -> closed.complete(null));
        socket.writeTextMessage(BIG);
        closed.get(10, TimeUnit.SECONDS);
        assertThat(socket.isClosed()).isTrue();
    }

    @Test
    void nestingDeeperThanTheTightenedLimitIsAParseError() {
        String deep = "[".repeat(12) + "]".repeat(12);
        given().contentType("application/json")
                .body("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[" + deep + "],\"id\":1}")
                .post("/jsonrpc").then().statusCode(200)
                .body("error.code", org.hamcrest.Matchers.is(-32700));
        given().contentType("application/json")
                .body("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[[[1]]],\"id\":1}")
                .post("/jsonrpc").then().statusCode(200)
                .body("result", org.hamcrest.Matchers.hasSize(1));
    }
}
