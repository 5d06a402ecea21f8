package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcClientHeaders;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcNotification;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Headers a {@link JsonRpcClientHeaders} bean makes, asynchronously: anew for each HTTP request, once per WebSocket
 * connection and again when it reconnects, in place of configured headers of the same names; a builder's own instead
 * of the interface's; a failure fails the call with a message that says whose headers failed.
 */
public class MadeHeadersTest {

    static final int PORT = SharedTcpRelay.port(MadeHeadersTest.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tokens.class, Echo.class, EchoClient.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"echo\".url", "http://localhost:" + PORT + "/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"echo\".headers.\"X-Token\"", "configured")
            .overrideConfigKey("quarkus.jsonrpc-client.\"echo\".headers.\"X-Tenant\"", "acme");

    /** A token per config key and request: echo-1, echo-2...; made on another thread, as a token service's. */
    @ApplicationScoped
    public static class Tokens implements JsonRpcClientHeaders {

        private final Map<String, AtomicInteger> issued = new ConcurrentHashMap<>();

        /** Methods, not fields: the test holds the bean's client proxy. */
        void reset() {
            issued.clear();
        }

        boolean issuedAny() {
            return !issued.isEmpty();
        }

        @Override
        public Uni<Map<String, String>> headers(String configKey) {
            return Uni.createFrom().item(() -> Map.of("X-Token",
                    configKey + "-" + issued.computeIfAbsent(configKey, key -> new AtomicInteger()).incrementAndGet()))
                    .runSubscriptionOn(Infrastructure.getDefaultExecutor());
        }
    }

    public static class Echo {
        @JsonRpc
        public String token(JsonRpcContext context) {
            return context.header("X-Token") + " for " + context.header("X-Tenant");
        }

        @JsonRpc
        public String mediaTypes(JsonRpcContext context) {
            return context.header("Content-Type") + " " + context.header("Accept");
        }

        @JsonRpc
        public void hangUp(WebSocketConnection connection) {
            connection.closeAndAwait();
        }
    }

    @RegisterJsonRpcClient(configKey = "echo", headers = Tokens.class)
    public interface EchoClient {
        @JsonRpc
        String token();

        @JsonRpc
        String mediaTypes();

        @JsonRpc
        @JsonRpcNotification
        void hangUp();
    }

    @TestHTTPResource("/jsonrpc")
    URL endpoint;

    @Inject
    @JsonRpcClient
    EchoClient configured;

    @Inject
    Tokens tokens;

    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(MadeHeadersTest.class.getName(), endpoint.getPort());
        tokens.reset();
    }

    @Test
    void eachHttpRequestHasHeadersMadeForItInPlaceOfTheConfiguredOnes() {
        assertThat(configured.token()).isEqualTo("echo-1 for acme");
        assertThat(configured.token()).isEqualTo("echo-2 for acme");
    }

    @Test
    void aWebSocketConnectionHasItsHeadersMadeWhenItOpensAndAgainWhenItReopens() {
        EchoClient ws = JsonRpcClientBuilder.newBuilder().url(webSocketUrl()).build(EchoClient.class);
        try {
            // the interface's bean serves a built client too
            assertThat(ws.token()).isEqualTo("echo-1 for null");
            assertThat(ws.token()).isEqualTo("echo-1 for null");
            ws.hangUp();
            assertThat(tokenOnceReconnected(ws)).isEqualTo("echo-2 for null");
        } finally {
            ((JsonRpcClientControl) ws).close();
        }
    }

    @Test
    void aBuildersHeadersReplaceTheInterfaces() {
        EchoClient built = JsonRpcClientBuilder.newBuilder().url(endpoint.toString()).header("X-Tenant", "initech")
                .headers(configKey -> Uni.createFrom().item(Map.of("X-Token", "built for " + configKey)))
                .build(EchoClient.class);
        try {
            assertThat(built.token()).isEqualTo("built for echo for initech");
            assertThat(tokens.issuedAny()).isFalse();
        } finally {
            ((JsonRpcClientControl) built).close();
        }
    }

    /** A configured header of a name the client sends by itself replaces its value: one header of the name goes. */
    @Test
    void aConfiguredHeaderReplacesTheClientsOwn() {
        EchoClient built = JsonRpcClientBuilder.newBuilder().url(endpoint.toString())
                .header("Content-Type", "application/json-rpc").header("Accept", "application/json-rpc")
                .build(EchoClient.class);
        try {
            assertThat(built.mediaTypes()).isEqualTo("application/json-rpc application/json-rpc");
        } finally {
            ((JsonRpcClientControl) built).close();
        }
    }

    @Test
    void headersThatFailFailTheCallWithWhatFailed() {
        JsonRpcClientHeaders down = configKey -> Uni.createFrom().failure(new IllegalStateException("token service down"));
        for (String url : new String[] { endpoint.toString(), webSocketUrl() }) {
            EchoClient client = JsonRpcClientBuilder.newBuilder().url(url).headers(down).build(EchoClient.class);
            try {
                assertThatThrownBy(client::token).isInstanceOf(JsonRpcTransportException.class)
                        .hasMessageEndingWith("The headers of the JSON-RPC client 'echo' failed: token service down");
            } finally {
                ((JsonRpcClientControl) client).close();
            }
        }
    }

    /**
     * Headers that Vert.x would not send (a token read from a file, with its newline) fail the call at once, saying
     * whose they are and why, over either transport: over HTTP, the call waited for its timeout.
     */
    @Test
    void headersThatAreNotValidFailTheCallAtOnce() {
        JsonRpcClientHeaders fromFile = configKey -> Uni.createFrom().item(Map.of("Authorization", "Bearer abc\n"));
        JsonRpcClientHeaders misnamed = configKey -> Uni.createFrom().item(Map.of("X Token", "abc"));
        for (String url : new String[] { endpoint.toString(), webSocketUrl() }) {
            EchoClient client = JsonRpcClientBuilder.newBuilder().url(url).headers(fromFile).build(EchoClient.class);
            EchoClient other = JsonRpcClientBuilder.newBuilder().url(url).headers(misnamed).build(EchoClient.class);
            try {
                assertThatThrownBy(client::token).isInstanceOf(JsonRpcTransportException.class)
                        .hasMessageEndingWith("The headers of the JSON-RPC client 'echo' are not valid: the value of"
                                + " Authorization has a character a header cannot have (a line break, or another"
                                + " control character)");
                assertThatThrownBy(other::token).isInstanceOf(JsonRpcTransportException.class)
                        .hasMessageEndingWith("The headers of the JSON-RPC client 'echo' are not valid: 'X Token' is no"
                                + " header name");
            } finally {
                ((JsonRpcClientControl) client).close();
                ((JsonRpcClientControl) other).close();
            }
        }
    }

    /** A token service that never answers holds no call for good: the headers come within the connect timeout. */
    @Test
    void headersThatNeverComeFailTheCallAfterTheConnectTimeout() {
        EchoClient client = JsonRpcClientBuilder.newBuilder().url(endpoint.toString())
                .connectTimeout(Duration.ofMillis(300)).headers(configKey -> Uni.createFrom().nothing())
                .build(EchoClient.class);
        try {
            assertThatThrownBy(client::token).isInstanceOf(JsonRpcTransportException.class)
                    .hasMessage("The headers of the JSON-RPC client 'echo' were not made within 0.3s (connect-timeout)");
        } finally {
            ((JsonRpcClientControl) client).close();
        }
    }

    /** {@code connect-timeout=0} puts no limit on the headers either: they are waited for as long as they take. */
    @Test
    void aConnectTimeoutOfZeroWaitsForTheHeaders() {
        for (String url : new String[] { endpoint.toString(), webSocketUrl() }) {
            EchoClient client = JsonRpcClientBuilder.newBuilder().url(url).connectTimeout(Duration.ZERO)
                    .build(EchoClient.class);
            try {
                assertThat(client.token()).startsWith("echo-");
            } finally {
                ((JsonRpcClientControl) client).close();
            }
        }
    }

    /** Thrown at once rather than failed in a Uni: the next connection attempt asks again. */
    @Test
    void aWebSocketClientAsksAgainAfterHeadersThatThrew() {
        AtomicInteger asked = new AtomicInteger();
        EchoClient ws = JsonRpcClientBuilder.newBuilder().url(webSocketUrl()).headers(configKey -> {
            if (asked.incrementAndGet() == 1) {
                throw new IllegalStateException("not yet");
            }
            return Uni.createFrom().item(Map.of("X-Token", "second"));
        }).build(EchoClient.class);
        try {
            assertThatThrownBy(ws::token).isInstanceOf(JsonRpcTransportException.class).hasMessage("Cannot connect to "
                    + webSocketUrl() + ": The headers of the JSON-RPC client 'echo' failed: not yet");
            assertThat(ws.token()).isEqualTo("second for null");
        } finally {
            ((JsonRpcClientControl) ws).close();
        }
    }

    private String webSocketUrl() {
        return endpoint.toString().replace("http://", "ws://");
    }

    /** The calls that go out before the client has seen the drop fail; the first after it reconnects. */
    private static String tokenOnceReconnected(EchoClient ws) {
        return await().atMost(Duration.ofSeconds(30)).ignoreException(JsonRpcTransportException.class)
                .until(ws::token, token -> !token.startsWith("echo-1 "));
    }
}
