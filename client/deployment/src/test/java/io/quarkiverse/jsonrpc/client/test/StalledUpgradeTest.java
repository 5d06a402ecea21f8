package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.TcpRelay;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A server that accepts the connection and never answers the WebSocket upgrade (hung, or a proxy whose server is not
 * up yet) fails the connection after the connect timeout, said as such, and the client connects once the server
 * answers: it is not held connecting for good. The call's own timeout is far longer, so a call that waited for it
 * would not get the transport's failure; the connect timeout is long enough for a real upgrade on a busy machine,
 * which it bounds too.
 */
public class StalledUpgradeTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class, EchoServer.class))
            // the configured client is not used: the test builds one to its relay
            .overrideConfigKey("quarkus.jsonrpc-client.\"echo\".url", "http://localhost:1/jsonrpc");

    @RegisterJsonRpcClient(configKey = "echo")
    public interface Echo {
        @JsonRpc
        String echo(String text);
    }

    public static class EchoServer {
        @JsonRpc
        public String echo(String text) {
            return text;
        }
    }

    @TestHTTPResource("/jsonrpc")
    URL endpoint;

    @Test
    void anUnansweredUpgradeFailsAfterTheConnectTimeout() throws Exception {
        try (TcpRelay relay = new TcpRelay()) {
            relay.target(endpoint.getPort());
            relay.stall();
            Echo echo = JsonRpcClientBuilder.newBuilder().url("ws://localhost:" + relay.port() + "/jsonrpc")
                    .connectTimeout(Duration.ofSeconds(10)).timeout(Duration.ofMinutes(5)).build(Echo.class);
            try {
                assertThatThrownBy(() -> echo.echo("hello")).isInstanceOf(JsonRpcTransportException.class)
                        .hasMessage("Cannot connect to ws://localhost:" + relay.port() + "/jsonrpc: the server did not"
                                + " answer the WebSocket upgrade within 10000 ms (connect-timeout)");
                relay.restore();
                assertThat(echo.echo("hello")).isEqualTo("hello");
            } finally {
                ((JsonRpcClientControl) echo).close();
            }
        }
    }
}
