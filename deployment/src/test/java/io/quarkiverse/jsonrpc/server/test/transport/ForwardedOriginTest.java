package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.test.transport.AllowedOriginsTest.Ping;
import io.quarkiverse.jsonrpc.server.testing.UpgradeRejectedException;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Behind a proxy whose forwarded headers Quarkus is told to trust, the endpoint's own origin is the one the browser
 * saw, the proxy's: a page served through the proxy may connect back, as Quarkus's CORS filter takes it for its
 * same-origin check. {@link AllowedOriginsTest} shows the same headers ignored where Quarkus does not trust them.
 */
public class ForwardedOriginTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Ping.class, AllowedOriginsTest.class))
            .overrideConfigKey("quarkus.http.proxy.proxy-address-forwarding", "true")
            .overrideConfigKey("quarkus.http.proxy.allow-x-forwarded", "true")
            .overrideConfigKey("quarkus.http.proxy.enable-forwarded-host", "true");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aPageServedThroughTheProxyGetsIn() {
        AllowedOriginsTest.assertGetsIn(uri, Map.of("Origin", "https://app.example.com",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "app.example.com"));
    }

    /** The proxy's port, where it is not the scheme's default, is part of the origin, as it is of the page's. */
    @Test
    void aPageServedThroughTheProxyOnAPortOfItsOwnGetsIn() {
        AllowedOriginsTest.assertGetsIn(uri, Map.of("Origin", "https://app.example.com:8443",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "app.example.com:8443"));
    }

    @Test
    void aPageOfAnotherOriginIsRefusedThroughTheProxy() {
        assertThatThrownBy(() -> WebSocketTestConnection.open(uri, Map.of("Origin", "https://evil.example",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "app.example.com")))
                .isInstanceOf(UpgradeRejectedException.class)
                .extracting(refused -> ((UpgradeRejectedException) refused).statusCode()).isEqualTo(403);
    }
}
