package io.quarkiverse.jsonrpc.server.it.docs;

// The example of guides-testing.adoc as written there, run against the example application: TestingGuideDocTest
// checks that the guide still shows this class.
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;

@QuarkusTest
class CalculatorWebSocketTest {

    @TestHTTPResource("/")
    URI baseUri;

    @Test
    void subtract() throws InterruptedException {
        LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
        WebSocketClientConnection connection = BasicWebSocketConnector.create()
                .baseUri(baseUri)
                .path("/jsonrpc")
                .onTextMessage((c, message) -> messages.add(message))
                .connectAndAwait();
        try {
            connection.sendTextAndAwait("""
                    {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1}""");
            assertEquals("{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":1}", messages.poll(10, TimeUnit.SECONDS));
        } finally {
            connection.closeAndAwait();
        }
    }
}
