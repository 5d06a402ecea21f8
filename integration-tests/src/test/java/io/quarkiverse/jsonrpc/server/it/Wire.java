package io.quarkiverse.jsonrpc.server.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.restassured.response.Response;
import io.vertx.core.Vertx;

/**
 * Where a test sends its messages: the HTTP endpoint, one {@code POST} per message, or one WebSocket connection.
 */
public abstract class Wire implements AutoCloseable {

    public static Wire open(JsonRpcTransport transport, Vertx vertx, URI endpoint) {
        return switch (transport) {
            case HTTP -> new Http(endpoint);
            case WEBSOCKET -> new WebSocket(WsClient.connect(vertx, endpoint));
        };
    }

    /** Sends one message; the answer is read when the test asks for it. */
    public abstract Answer send(String message);

    @Override
    public void close() {
    }

    private static final class Http extends Wire {

        private final URI endpoint;

        Http(URI endpoint) {
            this.endpoint = endpoint;
        }

        @Override
        public Answer send(String message) {
            Response response = given().contentType("application/json")
                    .body(message.getBytes(StandardCharsets.UTF_8))
                    .post(endpoint);
            return new Answer(message) {
                @Override
                protected String read() {
                    assertThat(response.statusCode()).as("HTTP status of the response to %s", message).isEqualTo(200);
                    assertThat(response.contentType()).isEqualTo("application/json");
                    return new String(response.asByteArray(), StandardCharsets.UTF_8);
                }

                @Override
                public void returnsNothing() {
                    assertThat(response.statusCode()).as("HTTP status of the response to %s, body %s", message,
                            response.asString()).isEqualTo(204);
                    assertThat(response.asByteArray()).isEmpty();
                }
            };
        }
    }

    private static final class WebSocket extends Wire {

        private final WsClient client;
        private final AtomicInteger probes = new AtomicInteger();

        WebSocket(WsClient client) {
            this.client = client;
        }

        @Override
        public Answer send(String message) {
            client.send(message);
            return new Answer(message) {
                @Override
                protected String read() {
                    return client.next();
                }

                /**
                 * Silence alone proves little: a call sent after the message must be the next one answered, and
                 * closing the wire checks that no late frame followed.
                 */
                @Override
                public void returnsNothing() {
                    String probe = "probe-" + probes.incrementAndGet();
                    client.send("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"" + probe + "\"],\"id\":\""
                            + probe + "\"}");
                    assertThat(client.next()).as("first frame after %s", message)
                            .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"" + probe + "\",\"id\":\"" + probe + "\"}");
                }
            };
        }

        @Override
        public void close() {
            try {
                assertThat(client.poll(Duration.ofMillis(50))).as("a frame nobody read").isNull();
            } finally {
                client.close();
            }
        }
    }
}
