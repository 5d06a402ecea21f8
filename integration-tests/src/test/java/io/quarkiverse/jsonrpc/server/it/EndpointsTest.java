package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@link Operations}, at {@code /ops}: its methods served there over both transports, secured as a class, and its
 * {@code ping} another method than the one at {@code /jsonrpc}.
 */
@QuarkusTest
class EndpointsTest {

    @TestHTTPResource("/ops")
    URI ops;

    @TestHTTPResource("/jsonrpc")
    URI configured;

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void anEndpointServesItsOwnMethods(JsonRpcTransport transport) {
        try (JsonRpcTestClient alice = Users.client(transport, ops, "alice")) {
            assertThat(alice.call(String.class, "ping")).isEqualTo("ops pong");
            assertThat(alice.callForError("subtract", 42, 23).code()).isEqualTo(-32601);
        }
        try (JsonRpcTestClient alice = Users.client(transport, configured, "alice")) {
            assertThat(alice.call(String.class, "ping")).isEqualTo("pong");
        }
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void theClassSecuresItsEndpoint(JsonRpcTransport transport) {
        try (JsonRpcTestClient bob = Users.client(transport, ops, "bob")) {
            JsonRpcErrorException forbidden = bob.callForError("ping");
            assertThat(forbidden.code()).isEqualTo(-32003);
            assertThat(forbidden.message()).isEqualTo("Forbidden");
        }
        try (JsonRpcTestClient anonymous = Users.client(transport, ops, null)) {
            JsonRpcErrorException unauthorized = anonymous.callForError("ping");
            assertThat(unauthorized.code()).isEqualTo(-32001);
            assertThat(unauthorized.message()).isEqualTo("Unauthorized");
        }
    }
}
