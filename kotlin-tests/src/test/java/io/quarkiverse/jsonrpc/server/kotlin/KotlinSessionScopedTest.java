package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.node.TextNode;

import io.quarkiverse.jsonrpc.server.kotlin.session.Shop;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
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
        try (JsonRpcTestClient alice = JsonRpcTestClient.ws(endpoint);
                JsonRpcTestClient bob = JsonRpcTestClient.ws(endpoint)) {
            assertThat(alice.call(int.class, "shop.add", "apples")).isEqualTo(1);
            assertThat(bob.call(int.class, "shop.add", "pears")).isEqualTo(1);
            assertThat(alice.call(int.class, "shop.add", "plums")).isEqualTo(2);
            assertThat(alice.call("shop.items")).containsExactly(TextNode.valueOf("apples"), TextNode.valueOf("plums"));
            assertThat(bob.call("shop.items")).containsExactly(TextNode.valueOf("pears"));
        }
    }
}
