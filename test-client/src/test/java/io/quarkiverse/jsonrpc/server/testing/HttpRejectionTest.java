package io.quarkiverse.jsonrpc.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** Answers over HTTP that are not what they seem: error statuses, a response to another request. */
class HttpRejectionTest {

    HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        answer("/problem", 401, "application/problem+json", "{\"title\":\"Unauthorized\",\"status\":401}");
        answer("/number", 404, "application/json", "404");
        answer("/error", 500, "application/json",
                "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32603,\"message\":\"Internal error\"},\"id\":1}");
        answer("/other", 200, "application/json", "{\"jsonrpc\":\"2.0\",\"result\":\"not yours\",\"id\":99}");
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** JSON, but no JSON-RPC response: the request was refused, as a 401 of a security layer is. */
    @Test
    void jsonThatIsNoResponseWithAnErrorStatusIsARefusal() {
        JsonRpcTestClient client = JsonRpcTestClient.http(uri("/problem"));
        assertThatThrownBy(() -> client.call("add", 1, 2)).isInstanceOfSatisfying(RequestRejectedException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.body()).isEqualTo("{\"title\":\"Unauthorized\",\"status\":401}");
        });
        assertThatThrownBy(() -> JsonRpcTestClient.http(uri("/number")).call("add"))
                .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    /** With http.error-status-codes, an error response comes with an error status: it is the answer. */
    @Test
    void anErrorResponseWithAnErrorStatusIsTheAnswer() {
        assertThatThrownBy(() -> JsonRpcTestClient.http(uri("/error")).call("add"))
                .isInstanceOfSatisfying(JsonRpcErrorException.class, e -> assertThat(e.code()).isEqualTo(-32603));
    }

    /** A response to another request (a server that mixes up its responses) is no answer: the call fails. */
    @Test
    void aResponseWithAnotherIdIsNoAnswer() {
        assertThatThrownBy(() -> JsonRpcTestClient.http(uri("/other")).call("add")).isInstanceOf(AssertionError.class)
                .hasMessage("The response to {\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[],\"id\":1} has another id:"
                        + " {\"jsonrpc\":\"2.0\",\"result\":\"not yours\",\"id\":99}");
    }

    /**
     * A response whose body stops coming is no answer: the call fails once its timeout is over, as one that gets no
     * headers does, where it waited for the rest of the body for good.
     */
    @Test
    void aResponseWhoseBodyStallsFailsTheCallAtItsTimeout() {
        CountDownLatch released = new CountDownLatch(1);
        server.createContext("/stall", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 100);
            exchange.getResponseBody().write("{\"jsonrpc\"".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        try {
            assertThatThrownBy(() -> JsonRpcTestClient.builder().timeout(Duration.ofSeconds(1)).http(uri("/stall"))
                    .call("add")).isInstanceOf(AssertionError.class)
                    .hasMessage("POST " + uri("/stall") + " failed: no whole response within PT1S");
        } finally {
            released.countDown();
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void answer(String path, int status, String type, String body) {
        server.createContext(path, exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }
}
