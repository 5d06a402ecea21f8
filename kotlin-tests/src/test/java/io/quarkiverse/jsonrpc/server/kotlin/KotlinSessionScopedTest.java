package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.kotlin.session.Shop;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A suspend function's connection session goes with its coroutine, as its request context does: after a suspension
 * point, and on another dispatcher, a {@code @SessionScoped} bean is still its connection's.
 */
public class KotlinSessionScopedTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addPackage(Shop.class.getPackage()));

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void eachConnectionHasItsOwnCartAcrossSuspensionPoints() {
        try (WebSocketTestConnection alice = WebSocketTestConnection.open(endpoint);
                WebSocketTestConnection bob = WebSocketTestConnection.open(endpoint)) {
            assertThat(call(alice, "shop.add", "[\"apples\"]")).isEqualTo("1");
            assertThat(call(bob, "shop.add", "[\"pears\"]")).isEqualTo("1");
            assertThat(call(alice, "shop.add", "[\"plums\"]")).isEqualTo("2");
            assertThat(call(alice, "shop.items", "[]")).isEqualTo("[\"apples\",\"plums\"]");
            assertThat(call(bob, "shop.items", "[]")).isEqualTo("[\"pears\"]");
        }
    }

    private static String call(WebSocketTestConnection connection, String method, String params) {
        return connection.call("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + ",\"id\":1}")
                .replace("{\"jsonrpc\":\"2.0\",\"result\":", "").replace(",\"id\":1}", "");
    }
}
