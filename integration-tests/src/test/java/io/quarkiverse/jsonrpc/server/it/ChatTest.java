package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The chat demo on one instance: rooms are groups, {@code say} notifies a room, {@code ticks} is a subscription. */
@QuarkusTest
class ChatTest {

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void whatIsSaidInARoomReachesItsMembers() {
        try (WebSocketTestConnection ada = WebSocketTestConnection.open(endpoint);
                WebSocketTestConnection bob = WebSocketTestConnection.open(endpoint);
                WebSocketTestConnection eve = WebSocketTestConnection.open(endpoint)) {
            assertThat(ada.call("""
                    {"jsonrpc": "2.0", "method": "join", "params": ["kitchen"], "id": 1}""")).isEqualTo("""
                    {"jsonrpc":"2.0","result":["kitchen"],"id":1}""");
            bob.call("""
                    {"jsonrpc": "2.0", "method": "join", "params": ["kitchen"], "id": 1}""");

            eve.call("""
                    {"jsonrpc": "2.0", "method": "say", "params": ["kitchen", "hello"], "id": 2}""");

            String message = """
                    {"jsonrpc":"2.0","method":"chat.message","params":{"room":"kitchen","text":"hello"}}""";
            assertThat(ada.next()).isEqualTo(message); // as the README shows it, its members in this order
            assertThat(bob.next()).isEqualTo(message);
            eve.assertNothingReceived(); // eve is not in the kitchen

            assertThat(ada.call("""
                    {"jsonrpc": "2.0", "method": "leave", "params": ["kitchen"], "id": 3}""")).isEqualTo("""
                    {"jsonrpc":"2.0","result":[],"id":3}""");
        }
    }

    @Test
    void ticksIsASubscription() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint)) {
            assertThat(client.call("""
                    {"jsonrpc": "2.0", "method": "ticks", "params": [2], "id": 1}""")).isEqualTo("""
                    {"jsonrpc":"2.0","result":"1","id":1}""");
            assertThat(client.next()).isEqualTo("""
                    {"jsonrpc":"2.0","method":"rpc.subscription","params":{"subscription":"1","result":0}}""");
            assertThat(client.next()).isEqualTo("""
                    {"jsonrpc":"2.0","method":"rpc.subscription","params":{"subscription":"1","result":1}}""");
            assertThat(client.next()).isEqualTo("""
                    {"jsonrpc":"2.0","method":"rpc.subscription","params":{"subscription":"1","complete":true}}""");
        }
    }
}
