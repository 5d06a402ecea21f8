package io.quarkiverse.jsonrpc.client.test.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.test.Calculator;
import io.quarkiverse.jsonrpc.client.test.CalculatorServer;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Clients through the proxies of the Quarkus proxy registry: the default one ({@code quarkus.proxy.*}) unless a client
 * names another, or {@code none}. Over HTTP a request goes to the proxy in absolute form, a WebSocket through a
 * {@code CONNECT} tunnel; a call made with no proxy is answered without the proxy seeing it.
 */
public class ProxyTest {

    static final int PORT = SharedTcpRelay.port(ProxyTest.class.getName());
    static final int OPEN_PROXY = ForwardProxy.port("open", null);
    static final int GUARDED_PROXY = ForwardProxy.port("guarded", "alice:s3cret");
    static final String SERVER = "localhost:" + PORT;

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class, ForwardProxy.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".url", "http://" + SERVER + "/jsonrpc")
            .overrideConfigKey("quarkus.proxy.host", "localhost")
            .overrideConfigKey("quarkus.proxy.port", Integer.toString(OPEN_PROXY))
            .overrideConfigKey("quarkus.proxy.\"guarded\".host", "localhost")
            .overrideConfigKey("quarkus.proxy.\"guarded\".port", Integer.toString(GUARDED_PROXY))
            .overrideConfigKey("quarkus.proxy.\"guarded\".username", "alice")
            .overrideConfigKey("quarkus.proxy.\"guarded\".password", "s3cret")
            .overrideConfigKey("quarkus.proxy.\"no-credentials\".host", "localhost")
            .overrideConfigKey("quarkus.proxy.\"no-credentials\".port", Integer.toString(GUARDED_PROXY))
            .overrideConfigKey("quarkus.proxy.\"socks\".host", "localhost")
            .overrideConfigKey("quarkus.proxy.\"socks\".port", Integer.toString(OPEN_PROXY))
            .overrideConfigKey("quarkus.proxy.\"socks\".type", "socks5")
            .overrideConfigKey("quarkus.proxy.\"bypassed\".host", "localhost")
            .overrideConfigKey("quarkus.proxy.\"bypassed\".port", Integer.toString(GUARDED_PROXY))
            .overrideConfigKey("quarkus.proxy.\"bypassed\".non-proxy-hosts", "localhost");

    @TestHTTPResource
    URL application;

    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(ProxyTest.class.getName(), application.getPort());
    }

    @Inject
    @JsonRpcClient
    Calculator calc;

    @Test
    void aConfiguredClientGoesThroughTheDefaultProxy() {
        assertThat(calc.subtract(42, 23)).isEqualTo(19);
        assertThat(ForwardProxy.seen("open")).contains("POST http://" + SERVER + "/jsonrpc");
    }

    @Test
    void aWebSocketGoesThroughATunnel() {
        Calculator overWebSocket = built("ws://" + SERVER + "/jsonrpc", null);
        try {
            assertThat(overWebSocket.subtract(10, 4)).isEqualTo(6);
        } finally {
            ((JsonRpcClientControl) overWebSocket).close();
        }
        assertThat(ForwardProxy.seen("open")).contains("CONNECT " + SERVER);
    }

    @Test
    void aNamedProxyWithItsCredentials() {
        callOverBothTransports("guarded");
        assertThat(ForwardProxy.seen("guarded")).contains("POST http://" + SERVER + "/jsonrpc", "CONNECT " + SERVER);
    }

    @Test
    void aSocksProxy() {
        callOverBothTransports("socks");
        assertThat(ForwardProxy.seen("open").stream().filter(line -> line.equals("SOCKS5 " + SERVER))).hasSize(2);
    }

    @Test
    void aProxyThatWantsCredentialsRefusesAClientWithout() {
        Calculator refused = built("http://" + SERVER + "/jsonrpc", "no-credentials");
        try {
            assertThatThrownBy(() -> refused.subtract(10, 4)).isInstanceOf(JsonRpcTransportException.class)
                    .hasMessageStartingWith("POST http://" + SERVER + "/jsonrpc answered HTTP 407 Proxy Authentication"
                            + " Required");
        } finally {
            ((JsonRpcClientControl) refused).close();
        }
    }

    @Test
    void noneAndTheHostsAProxyLeavesOutConnectDirectly() {
        List<String> before = List.copyOf(ForwardProxy.seen("open"));
        List<String> guardedBefore = List.copyOf(ForwardProxy.seen("guarded"));
        for (String name : List.of("none", "bypassed")) {
            Calculator direct = built("http://" + SERVER + "/jsonrpc", name);
            try {
                // answered: had the request gone through a proxy, the proxy would have noted it by now
                assertThat(direct.subtract(10, 4)).as(name).isEqualTo(6);
            } finally {
                ((JsonRpcClientControl) direct).close();
            }
        }
        assertThat(ForwardProxy.seen("open")).isEqualTo(before);
        assertThat(ForwardProxy.seen("guarded")).isEqualTo(guardedBefore);
    }

    @Test
    void aProxyThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> built("http://" + SERVER + "/jsonrpc", "nowhere"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The JSON-RPC client 'calc' names the proxy configuration 'nowhere', which does not exist:"
                        + " configure quarkus.proxy.\"nowhere\".host, or name none for no proxy");
    }

    /** A call over HTTP and one over a WebSocket, each by a client of its own through that proxy. */
    private static void callOverBothTransports(String proxy) {
        for (String url : List.of("http://" + SERVER + "/jsonrpc", "ws://" + SERVER + "/jsonrpc")) {
            Calculator calculator = built(url, proxy);
            try {
                assertThat(calculator.subtract(10, 4)).as(url).isEqualTo(6);
            } finally {
                ((JsonRpcClientControl) calculator).close();
            }
        }
    }

    /** @param proxy the name of its proxy configuration; {@code null} for the default */
    private static Calculator built(String url, String proxy) {
        JsonRpcClientBuilder builder = JsonRpcClientBuilder.newBuilder().url(url);
        if (proxy != null) {
            builder.proxyConfigurationName(proxy);
        }
        return builder.build(Calculator.class);
    }
}
