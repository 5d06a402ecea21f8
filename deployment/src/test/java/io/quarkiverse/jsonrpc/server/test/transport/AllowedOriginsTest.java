package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.runtime.transport.JsonRpcUpgradeCheck;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.UpgradeRejectedException;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;

/**
 * {@code websocket.allowed-origins} lists the origins whose pages may open a WebSocket: those, the endpoint's own
 * origin, and clients that send no {@code Origin} (they are not browsers) get in; any other origin is refused with 403.
 * An application's own {@code HttpUpgradeCheck} for the endpoint decides beside the extension's.
 */
public class AllowedOriginsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Ping.class, NoRobots.class))
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.allowed-origins",
                    // the second as someone might copy it from an address bar
                    "https://app.example.com,HTTP://LocalHost:3000/,"
                            // with the scheme's default port, which a browser leaves out of Origin
                            + "https://ported.example.com:443");

    public static class Ping {
        @JsonRpc
        public String ping() {
            return "pong";
        }
    }

    /** An application's own check, as the guides suggest to refuse an upgrade with a status of its choice. */
    @Singleton
    public static class NoRobots implements HttpUpgradeCheck {
        @Override
        public Uni<CheckResult> perform(HttpUpgradeContext context) {
            return "robot".equals(context.httpRequest().getHeader("User-Agent"))
                    ? CheckResult.rejectUpgrade(451)
                    : CheckResult.permitUpgrade();
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Inject
    @Any
    Instance<HttpUpgradeCheck> upgradeChecks;

    @ParameterizedTest
    @ValueSource(strings = { "https://app.example.com", "http://localhost:3000", "https://App.Example.com",
            "https://ported.example.com", "own origin",
            "no origin" })
    void listedOriginsGetIn(String origin) {
        Map<String, String> headers = switch (origin) {
            case "own origin" -> Map.of("Origin", "http://" + uri.getHost() + ":" + uri.getPort());
            case "no origin" -> Map.of();
            default -> Map.of("Origin", origin);
        };
        assertGetsIn(uri, headers);
    }

    static void assertGetsIn(URI uri, Map<String, String> headers) {
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri, headers)) {
            assertThat(connection.call("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"pong\",\"id\":1}");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://evil.example", "http://app.example.com", "https://app.example.com:8443",
            "http://localhost:3001",
            // a sandboxed frame's or a file's page
            "null" })
    void otherOriginsAreRefused(String origin) {
        assertThatThrownBy(() -> WebSocketTestConnection.open(uri, Map.of("Origin", origin)))
                .isInstanceOf(UpgradeRejectedException.class)
                .extracting(refused -> ((UpgradeRejectedException) refused).statusCode()).isEqualTo(403);
    }

    @Test
    void theApplicationsOwnCheckDecidesToo() {
        assertThatThrownBy(() -> WebSocketTestConnection.open(uri, Map.of("User-Agent", "robot")))
                .isInstanceOf(UpgradeRejectedException.class)
                .extracting(refused -> ((UpgradeRejectedException) refused).statusCode()).isEqualTo(451);
        assertGetsIn(uri, Map.of("User-Agent", "person", "Origin", "https://app.example.com"));
    }

    /**
     * websockets-next chains an endpoint's checks with Mutiny operators of its own, each capturing the thread contexts:
     * the extension has one check for all it decides at the upgrade.
     */
    @Test
    void theExtensionChecksAnUpgradeOnce() {
        assertThat(upgradeChecks.stream().filter(check -> check.appliesTo(JsonRpcUpgradeCheck.ENDPOINT_ID))
                .map(check -> ClientProxy.unwrap(check).getClass().getSimpleName()))
                .containsExactlyInAnyOrder("JsonRpcUpgradeCheck", "NoRobots");
    }

    /**
     * Quarkus is not told to trust forwarded headers here: a client that forges them does not make its own origin
     * the endpoint's ({@link ForwardedOriginTest} trusts them).
     */
    @Test
    void forgedForwardedHeadersDoNotMakeAnOriginTheOwn() {
        assertThatThrownBy(() -> WebSocketTestConnection.open(uri, Map.of("Origin", "https://evil.example",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example",
                "Forwarded", "proto=https;host=evil.example")))
                .isInstanceOf(UpgradeRejectedException.class)
                .extracting(refused -> ((UpgradeRejectedException) refused).statusCode()).isEqualTo(403);
    }

    /**
     * The endpoint's own origin where the {@code Host} header names the scheme's default port, as a proxy may write it
     * ({@code $host:$server_port}): a browser leaves that port out of {@code Origin}, and the two are the same origin.
     * Written by hand: the test client writes {@code Host} itself.
     */
    @Test
    void theOwnOriginWithTheDefaultPortInHostGetsIn() throws IOException {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /jsonrpc HTTP/1.1\r\n"
                    + "Host: app.example.com:80\r\n"
                    + "Origin: http://app.example.com\r\n"
                    + "Upgrade: websocket\r\n"
                    + "Connection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).startsWith("HTTP/1.1 101 ");
        }
    }

    /** The list is about WebSocket upgrades: HTTP requests are Quarkus's CORS configuration's business. */
    @Test
    void httpIsNotConcerned() {
        try (JsonRpcTestClient http = JsonRpcTestClient.builder().header("Origin", "https://evil.example").http(uri)) {
            assertThat(http.call(String.class, "ping")).isEqualTo("pong");
        }
    }
}
