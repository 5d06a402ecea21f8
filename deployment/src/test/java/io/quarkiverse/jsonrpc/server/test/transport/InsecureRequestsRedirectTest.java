package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.UpgradeRejectedException;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkiverse.jsonrpc.testsupport.SelfSignedKeyPair;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * With {@code quarkus.http.insecure-requests=redirect}, a plain {@code POST} and a {@code ws://} upgrade are both
 * answered {@code 301} towards HTTPS, which WebSocket clients do not follow; the {@code wss://} URL serves.
 */
public class InsecureRequestsRedirectTest {

    static final SelfSignedKeyPair KEY_PAIR = SelfSignedKeyPair
            .in(Path.of("target", "insecure-requests-redirect-test"));

    static final String ADD = "{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[1,2],\"id\":1}";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(TransportDefaultsTest.Calculator.class))
            .overrideConfigKey("quarkus.http.test-ssl-port", "0")
            .overrideConfigKey("quarkus.tls.key-store.p12.path", KEY_PAIR.keyStore().toString())
            .overrideConfigKey("quarkus.tls.key-store.p12.password", SelfSignedKeyPair.PASSWORD)
            .overrideConfigKey("quarkus.http.insecure-requests", "redirect");

    @TestHTTPResource("/jsonrpc")
    URI plain;

    @TestHTTPResource(value = "/jsonrpc", tls = true)
    URI secure;

    @Test
    void aPlainUpgradeIsRedirected() {
        assertThatThrownBy(() -> WebSocketTestConnection.open(plain))
                .isInstanceOfSatisfying(UpgradeRejectedException.class, refused -> {
                    assertThat(refused.statusCode()).isEqualTo(301);
                    assertThat(refused.header("Location")).startsWith("https://");
                });
    }

    @Test
    void aPlainPostIsRedirected() {
        // the JDK's client follows no redirect unless told to
        HttpResponse<String> redirect = Http.post(plain.toString(), ADD);
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("https://"));
    }

    @Test
    void theSecureUrlServes() {
        try (JsonRpcTestClient client = JsonRpcTestClient.builder().sslContext(KEY_PAIR.trustingContext())
                .ws(secure)) {
            assertThat(client.call(int.class, "add", 1, 2)).isEqualTo(3);
        }
    }
}
