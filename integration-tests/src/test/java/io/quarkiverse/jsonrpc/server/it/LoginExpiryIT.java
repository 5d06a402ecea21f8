package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;

/**
 * A connection lasts as long as its login: websockets-next closes it when the caller's identity expires, which the
 * example app's {@link LoginExpiry} sets here two seconds after each login. An anonymous caller's connection, of
 * which the extension keeps no upgrade request, has nothing to expire, and stays.
 */
class LoginExpiryIT {

    private static final String SUBTRACT = "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":1}";
    private static final String ANSWER = "{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":1}";

    @Test
    void aLoginsConnectionIsClosedWhenTheLoginExpires() throws Exception {
        Map<String, String> alice = Map.of("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8)));
        try (AppInstance app = AppInstance.start("login-expiry", "example.logins-last=2s");
                WebSocketTestConnection anonymous = WebSocketTestConnection.open(app.webSocket());
                WebSocketTestConnection loggedIn = WebSocketTestConnection.open(app.webSocket(), alice)) {
            assertThat(loggedIn.call(SUBTRACT)).isEqualTo(ANSWER);

            assertThat(loggedIn.awaitClose()).isEqualTo(new CloseStatus(1008, "Authentication expired"));
            // after the other's close: the anonymous connection is still served
            assertThat(anonymous.call(SUBTRACT)).isEqualTo(ANSWER);
        }
    }
}
