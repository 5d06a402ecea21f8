package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** {@code @TestSecurity} makes the test's caller over both transports, the WebSocket upgrade included. */
@QuarkusTest
class TestSecurityTest {

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    @TestSecurity(user = "carol", roles = "admin")
    void theTestsCallerCallsOverBothTransports() {
        for (JsonRpcTestClient client : new JsonRpcTestClient[] { JsonRpcTestClient.ws(endpoint),
                JsonRpcTestClient.http(endpoint) }) {
            try (client) {
                assertThat(client.call(String.class, "whoami")).isEqualTo("carol");
                assertThat(client.call(String.class, "secret")).isEqualTo("42");
            }
        }
    }

    @Test
    @TestSecurity(user = "dave", roles = "user")
    void itsRolesAreChecked() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(endpoint)) {
            assertThat(client.callForError("secret").code()).isEqualTo(-32003);
        }
    }
}
