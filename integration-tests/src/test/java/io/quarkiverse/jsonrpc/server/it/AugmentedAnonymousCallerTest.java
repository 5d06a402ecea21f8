package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * An anonymous caller is the identity Quarkus security established, augmentors included: one that gives anonymous
 * callers a role ({@link AnonymousGrants}, here {@code admin}, so that {@code secret} tells) gives it over both
 * transports. Over WebSocket the connection keeps that identity, not a bare anonymous one of its own.
 */
@QuarkusTest
@TestProfile(SharedProfiles.AnonymousAdminExtensionChecksOffRootPath.class)
class AugmentedAnonymousCallerTest {

    private static final String SECRET = "{\"jsonrpc\":\"2.0\",\"method\":\"secret\",\"id\":1}";
    private static final String ANSWER = "{\"jsonrpc\":\"2.0\",\"result\":\"42\",\"id\":1}";

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void overHttp() {
        assertThat(SecurityTest.http("anonymous").body(SECRET).post(endpoint).then().statusCode(200).extract().asString())
                .isEqualTo(ANSWER);
    }

    @Test
    void overWebSocket() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(endpoint)) {
            assertThat(connection.call(SECRET)).isEqualTo(ANSWER);
        }
    }
}
