package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A bean that an enabled alternative extends runs no hooks: the alternative, the bean injected, runs them, once per
 * connection.
 */
public class AlternativeHooksTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Lobby.class, MockLobby.class, Log.class));

    @Singleton
    public static class Lobby {
        @OnJsonRpcOpen
        void welcome() {
            Log.opened.add(getClass().getSimpleName());
        }
    }

    @Alternative
    @Priority(1)
    @Singleton
    public static class MockLobby extends Lobby {
    }

    public static class Log {
        static final List<String> opened = new CopyOnWriteArrayList<>();

        /** Served after the open hooks have run. */
        @JsonRpc
        public List<String> opened() {
            return opened;
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void theAlternativeRunsTheHookOnce() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"opened\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":[\"MockLobby\"],\"id\":1}");
        }
    }
}
