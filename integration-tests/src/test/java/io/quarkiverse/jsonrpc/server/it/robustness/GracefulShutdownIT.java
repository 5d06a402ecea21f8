package io.quarkiverse.jsonrpc.server.it.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.it.AppInstance;
import io.quarkiverse.jsonrpc.server.it.Users;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.UpgradeRejectedException;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;

/**
 * Asked to stop, the packaged application answers the calls it is running before it exits (within
 * quarkus.shutdown.timeout), turns new calls away with -32006, over HTTP with 503 where error status codes are on,
 * refuses new WebSocket connections with 503, and closes the WebSocket connections with 1001 once their calls are answered.
 * The running call is a five-second {@code sleep}: what the test waits for are events, the call being under way and
 * the shutdown having begun (the application logs it), and five seconds is a wide margin for the late calls.
 */
class GracefulShutdownIT {

    static final String REFUSED = "{\"code\":-32006,\"message\":\"Server shutting down\"}";

    @Test
    void callsInFlightAreAnsweredNewOnesRefused() throws Exception {
        try (AppInstance app = AppInstance.start("shutdown", "quarkus.shutdown.timeout=10s",
                "quarkus.jsonrpc-server.http.error-status-codes=true", "quarkus.http.access-log.enabled=true");
                WebSocketTestConnection client = WebSocketTestConnection.open(app.webSocket())) {
            startSleeping(client, 5000);
            // the upgrade is a request Quarkus has seen end, as the access log shows: its graceful shutdown waits for
            // the HTTP requests in progress, and JSON-RPC's for the calls
            app.awaitLogLine("\"GET /jsonrpc HTTP/1.1\" 101", Duration.ofSeconds(30));

            app.stop();
            app.awaitLogLine("Waiting for 1 JSON-RPC call to finish", Duration.ofSeconds(30));

            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[2,1],\"id\":\"late\"}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":" + REFUSED + ",\"id\":\"late\"}");
            HttpResponse<String> overHttp = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(app.http()).timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[2,1],\"id\":\"late\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(overHttp.statusCode()).isEqualTo(503);
            assertThat(overHttp.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":" + REFUSED + ",\"id\":\"late\"}");
            // a new connection would only have its calls refused
            assertThatThrownBy(() -> WebSocketTestConnection.open(app.webSocket()))
                    .isInstanceOfSatisfying(UpgradeRejectedException.class,
                            refused -> assertThat(refused.statusCode()).isEqualTo(503));

            assertThat(client.next()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":5000,\"id\":\"running\"}");
            // answered, the connection is closed by the server going away, before the application stops
            assertThat(client.awaitClose()).isEqualTo(new CloseStatus(1001, "Server shutting down"));
            app.awaitExit(Duration.ofSeconds(60));
            // nothing was left for Quarkus to wait for until the end of quarkus.shutdown.timeout
            assertThat(app.logLines("Timed out waiting for graceful shutdown")).isZero();
        }
    }

    /**
     * quarkus.shutdown.delay is there for load balancers to see the readiness check go down and send new clients
     * elsewhere: meanwhile the application refuses new connections but still answers the calls of those open and of
     * HTTP, and turns calls away only after it.
     */
    @Test
    void duringTheShutdownDelayReadinessIsDownAndCallsAreStillServed() throws Exception {
        String subtract = "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[2,1],\"id\":\"during\"}";
        String answered = "{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":\"during\"}";
        try (AppInstance app = AppInstance.start("shutdown-delay", "quarkus.shutdown.timeout=10s",
                "quarkus.shutdown.delay=5s");
                WebSocketTestConnection client = WebSocketTestConnection.open(app.webSocket())) {
            app.stop();
            app.awaitStatus(503, Duration.ofSeconds(30));

            assertThat(client.call(subtract)).isEqualTo(answered);
            HttpResponse<String> overHttp = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(app.http()).timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(subtract)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(overHttp.body()).isEqualTo(answered);
            assertThatThrownBy(() -> WebSocketTestConnection.open(app.webSocket()))
                    .isInstanceOfSatisfying(UpgradeRejectedException.class,
                            refused -> assertThat(refused.statusCode()).isEqualTo(503));

            assertThat(client.awaitClose()).isEqualTo(new CloseStatus(1001, "Server shutting down"));
            app.awaitExit(Duration.ofSeconds(60));
        }
    }

    /**
     * A call that outlasts quarkus.shutdown.timeout goes unanswered, but its connection still closes as the server going
     * away, before Quarkus gives up and the HTTP server drops what is left.
     */
    @Test
    void aCallPastTheTimeoutLeavesTheConnectionClosedAsGoingAway() throws Exception {
        try (AppInstance app = AppInstance.start("shutdown-timeout", "quarkus.shutdown.timeout=2s");
                WebSocketTestConnection client = WebSocketTestConnection.open(app.webSocket())) {
            startSleeping(client, 600_000);

            app.stop();
            app.awaitLogLine("1 JSON-RPC call is still running as quarkus.shutdown.timeout ends", Duration.ofSeconds(30));
            assertThat(client.awaitClose()).isEqualTo(new CloseStatus(1001, "Server shutting down"));
            app.awaitExit(Duration.ofSeconds(60));
        }
    }

    /**
     * websockets-next can fail to build a connection after the handshake: here, for a login that has already expired,
     * whose close it cannot schedule. The connection never opens, yet its upgrade request ends for Quarkus (the access
     * log writes its line): when its client leaves, or when the application begins to stop, so that Quarkus's graceful
     * shutdown does not wait for it to the end of quarkus.shutdown.timeout.
     */
    @Test
    void anUpgradeWhoseConnectionNeverOpenedDoesNotHoldTheStop() throws Exception {
        String upgraded = "\"GET /jsonrpc HTTP/1.1\" 101";
        Map<String, String> alice = Users.headers("alice");
        try (AppInstance app = AppInstance.start("never-opened", "quarkus.shutdown.timeout=30s",
                "quarkus.http.access-log.enabled=true", "example.logins-expire-at=1")) {
            try (WebSocketTestConnection left = WebSocketTestConnection.open(app.webSocket(), alice)) {
                left.send("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[2,1],\"id\":1}");
            }
            app.awaitLogLine(upgraded, Duration.ofSeconds(30));

            try (WebSocketTestConnection stays = WebSocketTestConnection.open(app.webSocket(), alice)) {
                app.stop();
                app.awaitExit(Duration.ofSeconds(60));
            }
            assertThat(app.logLines(upgraded)).isEqualTo(2);
            assertThat(app.logLines("Timed out waiting for graceful shutdown")).isZero();
        }
    }

    /** A call of {@code sleep} under way, answered with its id {@code running} once it has slept. */
    private static void startSleeping(WebSocketTestConnection client, long millis) {
        client.send("{\"jsonrpc\":\"2.0\",\"method\":\"sleep\",\"params\":[" + millis + "],\"id\":\"running\"}");
        // messages are taken in order: once this is answered, the sleep is under way
        assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[2,1],\"id\":\"before\"}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":\"before\"}");
    }
}
