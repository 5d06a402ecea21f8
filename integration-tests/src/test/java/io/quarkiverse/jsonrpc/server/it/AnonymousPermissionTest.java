package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * An augmentor that gives anonymous callers a permission and no role ({@link AnonymousGrants}, here
 * {@code reports:read}, which {@code report} requires) gives it over both transports: over WebSocket the connection
 * keeps that identity, not a bare anonymous one of its own, which holds no permission.
 */
@QuarkusTest
@TestProfile(SharedProfiles.LazyAuthenticationStatusCodesCompression.class)
class AnonymousPermissionTest {

    private static final String REPORT = "{\"jsonrpc\":\"2.0\",\"method\":\"report\",\"id\":1}";
    private static final String ANSWER = "{\"jsonrpc\":\"2.0\",\"result\":\"quarterly\",\"id\":1}";

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void overHttp() {
        assertThat(SecurityTest.http("anonymous").body(REPORT).post(endpoint).then().statusCode(200).extract().asString())
                .isEqualTo(ANSWER);
    }

    @Test
    void overWebSocket() {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(endpoint)) {
            assertThat(connection.call(REPORT)).isEqualTo(ANSWER);
        }
    }
}
