package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With {@code quarkus.http.auth.proactive=false} the caller is authenticated when the upgrade check asks, on a worker
 * thread for the properties-file users: the upgrade request must still be unread then, or websockets-next cannot
 * upgrade it. With {@code http.error-status-codes} too, as an application that leaves its callers anonymous until a
 * method needs them would have it: a call refused as unauthenticated is a 401, with the challenge a 401 carries.
 */
@QuarkusTest
@TestProfile(SharedProfiles.LazyAuthenticationStatusCodesCompression.class)
class LazyAuthenticationTest {

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void aBasicCallerGetsInOverBothTransports() {
        String whoami = "{\"jsonrpc\":\"2.0\",\"method\":\"whoami\",\"id\":1}";
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint, Users.headers("bob"))) {
            assertThat(client.call(whoami)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"bob\",\"id\":1}");
        }
        assertThat(SecurityTest.http("bob").body(whoami).post(endpoint).then().statusCode(200).extract().asString())
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"bob\",\"id\":1}");
    }

    @Test
    void anAnonymousCallOfASecuredMethodIsA401WithTheChallenge() {
        SecurityTest.http("anonymous").body("{\"jsonrpc\":\"2.0\",\"method\":\"whoami\",\"id\":1}").post(endpoint)
                .then().statusCode(401).header("WWW-Authenticate", "basic")
                .body(is("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32001,\"message\":\"Unauthorized\"},\"id\":1}"));
    }
}
