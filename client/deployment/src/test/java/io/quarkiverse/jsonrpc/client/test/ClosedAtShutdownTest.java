package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A client's WebSocket connection is closed when the application stops, with 1001 (going away, RFC 6455 7.4.1). The server is a
 * plain
 * Vert.x one outside the application, started before it and asked after it stopped: it lives in this class as JUnit
 * loads it, while the test method runs in the application's copy of the class, so the two meet through the
 * configuration (a system property naming the server's URL).
 */
public class ClosedAtShutdownTest {

    private static final String URL = "quarkus.jsonrpc-client.\"shutdown\".url";
    private static final CompletableFuture<String> closeStatus = new CompletableFuture<>();
    private static Vertx vertx;

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class))
            .setBeforeAllCustomizer(ClosedAtShutdownTest::startServer)
            .setAfterAllCustomizer(ClosedAtShutdownTest::assertClosedAndStopServer);

    @RegisterJsonRpcClient(configKey = "shutdown")
    public interface Echo {
        @JsonRpc
        String echo(String text);
    }

    @Inject
    @JsonRpcClient
    Echo echo;

    @Test
    void connectionOpenWhileTheApplicationRuns() {
        // the call opens the connection, which stays open until the application stops
        assertThat(echo.echo("hello")).isEqualTo("hello");
    }

    /** Answers {@code echo} with its first param; records how the connection closed. */
    static void startServer() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().webSocketHandler(ws -> {
            ws.textMessageHandler(text -> {
                JsonObject request = new JsonObject(text);
                ws.writeTextMessage(new JsonObject().put("jsonrpc", "2.0")
                        .put("result", request.getJsonArray("params", new JsonArray()).getValue(0))
                        .put("id", request.getValue("id")).encode());
            });
            ws.closeHandler(ignored -> closeStatus.complete(ws.closeStatusCode() + " " + ws.closeReason()));
        });
        int port = await(server.listen(0, "127.0.0.1")).actualPort();
        System.setProperty(URL, "ws://127.0.0.1:" + port + "/");
    }

    static void assertClosedAndStopServer() {
        try {
            assertThat(closeStatus).succeedsWithin(10, TimeUnit.SECONDS).isEqualTo("1001 Client shutting down");
        } finally {
            System.clearProperty(URL);
            await(vertx.close());
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The test's WebSocket server did not start or stop", e);
        }
    }
}
