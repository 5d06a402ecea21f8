package io.quarkiverse.jsonrpc.server.test.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * An application with no {@code @SessionScoped} bean of its own that injects websockets-next's
 * {@code WebSocketConnection}, a session-scoped bean: each call gets its own connection.
 */
public class InjectedConnectionTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Whoami.class));

    public static class Whoami {
        @Inject
        WebSocketConnection connection;

        @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
        public boolean mine(JsonRpcContext context) {
            return connection.id().equals(context.connectionId());
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void theInjectedConnectionIsTheCallsOwn() {
        try (JsonRpcTestClient first = JsonRpcTestClient.ws(uri); JsonRpcTestClient second = JsonRpcTestClient.ws(uri)) {
            for (JsonRpcTestClient client : List.of(first, second, first)) {
                assertThat(client.call(boolean.class, "mine")).isTrue();
            }
        }
    }
}
