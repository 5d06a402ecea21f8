package io.quarkiverse.jsonrpc.server.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.restassured.response.Response;

/**
 * Where a test sends its messages: the HTTP endpoint, one {@code POST} per message, or one WebSocket connection.
 */
public abstract class Wire implements AutoCloseable {

    public static Wire open(JsonRpcTransport transport, URI endpoint) {
        return switch (transport) {
            case HTTP -> new Http(endpoint);
            case WEBSOCKET -> new WebSocket(WebSocketTestConnection.open(endpoint));
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

        private final WebSocketTestConnection connection;

        WebSocket(WebSocketTestConnection connection) {
            this.connection = connection;
        }

        @Override
        public Answer send(String message) {
            connection.send(message);
            return new Answer(message) {
                @Override
                protected String read() {
                    return connection.next();
                }

                /** Silence alone proves little: a probe sent after the message must be the next one answered. */
                @Override
                public void returnsNothing() {
                    connection.assertNothingReceived();
                }
            };
        }

        /** Nothing may come that the test did not read. */
        @Override
        public void close() {
            try {
                connection.assertNothingReceived();
            } finally {
                connection.close();
            }
        }
    }
}
