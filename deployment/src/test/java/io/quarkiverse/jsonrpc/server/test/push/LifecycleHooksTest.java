package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcNotifier;
import io.quarkiverse.jsonrpc.server.OnJsonRpcClose;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Methods run on open and on close of a connection; an open hook can turn a connection away, and the close hooks
 * still run for it; a failing close hook does not keep the others from running. A close hook sees the groups the
 * connection was in, and tells their other members it left.
 */
public class LifecycleHooksTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Lobby.class, LogWatch.class));

    public static class Lobby {

        static final List<String> closed = new CopyOnWriteArrayList<>();
        static final String LONG_REASON = "Say who you are: send the X-User header on the upgrade request, or the user"
                + " query parameter, or a session cookie from the login page at /login, then connect again";

        @OnJsonRpcOpen
        void welcome(JsonRpcContext context) {
            String user = context.header("X-User");
            if (context.header("X-Long-Reason") != null) {
                throw new JsonRpcException(-32001, Lobby.LONG_REASON);
            }
            if (user == null) {
                throw new JsonRpcException(-32001, "Say who you are with X-User");
            }
            if (context.header("X-Bug") != null) {
                throw new IllegalStateException("the hook's own bug");
            }
            context.userData().put("user", user);
            context.join("lobby");
        }

        /** Runs first (hooks run in name order): its failure is logged and the other close hook still runs. */
        @OnJsonRpcClose
        void explode() {
            throw new IllegalStateException("close hook failed");
        }

        @Inject
        JsonRpcNotifier notifier;

        @OnJsonRpcClose
        void goodbye(JsonRpcContext context) {
            // a connection the open hook turned away closes too, with nothing stored
            String user = (String) context.userData().getOrDefault("user", "nobody");
            closed.add(user + " left " + context.groups());
            for (String group : context.groups()) {
                notifier.group(group).sendAndAwait("left", List.of(user));
            }
        }

        @JsonRpc
        public String whoami(JsonRpcContext context) {
            return context.userData().get("user") + " in " + context.groups();
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void openHookSeesHeadersAndPreparesTheConnection() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri, Map.of("X-User", "ada"))) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"whoami\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"ada in [lobby]\",\"id\":1}");
        }
        await().atMost(JsonRpcTestClient.DEFAULT_TIMEOUT).until(() -> Lobby.closed.contains("ada left [lobby]"));
    }

    @Test
    void closeHookTellsTheGroupsItWasIn() throws Exception {
        try (WebSocketTestConnection bob = WebSocketTestConnection.open(uri, Map.of("X-User", "bob"))) {
            WebSocketTestConnection cy = WebSocketTestConnection.open(uri, Map.of("X-User", "cy"));
            // answered: cy has joined the lobby
            assertThat(cy.call("{\"jsonrpc\":\"2.0\",\"method\":\"whoami\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"cy in [lobby]\",\"id\":1}");
            cy.close();
            assertThat(bob.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"left\",\"params\":[\"cy\"]}");
        }
    }

    @Test
    void openHookRejects() {
        WebSocketTestConnection client = WebSocketTestConnection.open(uri);
        assertThat(client.awaitClose()).isEqualTo(new CloseStatus(1008, "Say who you are with X-User"));
        await().atMost(JsonRpcTestClient.DEFAULT_TIMEOUT).until(() -> Lobby.closed.contains("nobody left []"));
    }

    /**
     * An open hook that fails with anything but a refusal of the caller has a bug: the client learns only that it was
     * rejected, and the log says what failed, with the stack trace; a refusal is the hook's intent, and not logged
     * above DEBUG. (The failing close hook logs for both connections.)
     */
    @Test
    void aBugInAnOpenHookIsLogged() {
        List<LogRecord> records;
        try (LogWatch log = LogWatch.extension()) {
            WebSocketTestConnection refused = WebSocketTestConnection.open(uri);
            assertThat(refused.awaitClose()).isEqualTo(new CloseStatus(1008, "Say who you are with X-User"));
            WebSocketTestConnection buggy = WebSocketTestConnection.open(uri, Map.of("X-User", "dan", "X-Bug", "yes"));
            assertThat(buggy.awaitClose()).isEqualTo(new CloseStatus(1008, "Connection rejected"));
            log.await("@OnJsonRpcOpen method", JsonRpcTestClient.DEFAULT_TIMEOUT);
            records = log.records().stream()
                    .filter(record -> record.getLevel().intValue() >= Level.WARNING.intValue()
                            && LogWatch.message(record).startsWith("@OnJsonRpcOpen"))
                    .toList();
        }
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(LogWatch.message(record)).matches("\\Q@OnJsonRpcOpen method " + Lobby.class.getName()
                    + "#welcome failed, which rejects connection \\E\\S+\\Q (further java.lang.IllegalStateException"
                    + " failures of it are logged at DEBUG)\\E");
            assertThat(record.getThrown()).isInstanceOf(IllegalStateException.class).hasMessage("the hook's own bug");
        });
    }

    /** A close frame carries at most 123 bytes of reason (RFC 6455, section 5.5): a longer message is cut. */
    @Test
    void aRejectionLongerThanACloseFrameTakesIsCut() {
        assertThat(Lobby.LONG_REASON.length()).isGreaterThan(123);
        WebSocketTestConnection client = WebSocketTestConnection.open(uri, Map.of("X-Long-Reason", "yes"));
        assertThat(client.awaitClose()).isEqualTo(new CloseStatus(1008, Lobby.LONG_REASON.substring(0, 120) + "..."));
    }
}
