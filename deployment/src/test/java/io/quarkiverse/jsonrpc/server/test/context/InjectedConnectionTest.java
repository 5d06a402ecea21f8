package io.quarkiverse.jsonrpc.server.test.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
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
        try (WebSocketTestConnection first = WebSocketTestConnection.open(uri);
                WebSocketTestConnection second = WebSocketTestConnection.open(uri)) {
            for (WebSocketTestConnection connection : new WebSocketTestConnection[] { first, second, first }) {
                connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"mine\",\"id\":1}");
                assertThat(connection.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":true,\"id\":1}");
            }
        }
    }
}
