package io.quarkiverse.jsonrpc.server.test.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A {@code SecurityIdentity} parameter is filled, never bound from params; without a security extension the caller
 * is anonymous.
 */
public class SecurityIdentityParamTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Whoami.class, HttpRpc.class));

    public static class Whoami {
        @JsonRpc
        public String whoami(SecurityIdentity identity, String greeting, JsonRpcContext context) {
            return greeting + " " + (identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName())
                    + (context.identity() == identity ? " (same in context)" : " (different in context)");
        }
    }

    static final String WHOAMI = "{\"jsonrpc\":\"2.0\",\"method\":\"whoami\",\"params\":[\"hello\"],\"id\":1}";
    static final String ANONYMOUS = "{\"jsonrpc\":\"2.0\",\"result\":\"hello anonymous (same in context)\",\"id\":1}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void overHttp() {
        assertThat(HttpRpc.call(WHOAMI)).isEqualTo(ANONYMOUS);
    }

    @Test
    void overWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(WHOAMI)).isEqualTo(ANONYMOUS);
        }
    }
}
