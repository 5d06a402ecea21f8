package io.quarkiverse.jsonrpc.server.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.websockets.next.HandshakeRequest;
import io.vertx.core.net.SocketAddress;

/** What a WebSocket connection's calls tell of where they came from, read from websockets-next's text addresses. */
class CallNetworkTest {

    @Test
    void anIpv4ClientAndTheHostsPort() {
        assertThat(CallNetwork.of(upgrade("example.com", 8080, "10.1.2.80:65123"), false, null))
                .isEqualTo(new CallNetwork("example.com", 8080, "10.1.2.80", 65123, "tcp", null, -1));
    }

    /** The port follows the last colon: an IPv6 address has colons of its own. */
    @Test
    void anIpv6Client() {
        assertThat(CallNetwork.of(upgrade("localhost", 8081, "0:0:0:0:0:0:0:1:54321"), false, null))
                .isEqualTo(new CallNetwork("localhost", 8081, "0:0:0:0:0:0:0:1", 54321, "tcp", null, -1));
    }

    /** A Host without port addresses the scheme's: 80, or 443 over TLS. */
    @Test
    void aHostWithoutPortAddressesTheSchemesPort() {
        assertThat(CallNetwork.of(upgrade("example.com", -1, "10.1.2.80:65123"), false, null).serverPort()).isEqualTo(80);
        assertThat(CallNetwork.of(upgrade("example.com", -1, "10.1.2.80:65123"), true, null).serverPort()).isEqualTo(443);
    }

    /**
     * Behind a proxy, websockets-next gives the forwarded client's address with the port of the proxy's connection
     * where the proxy forwards none: that port is not the client's.
     */
    @Test
    void aForwardedClientKeepsOnlyThePortItWasForwardedWith() {
        SocketAddress proxy = SocketAddress.inetSocketAddress(55642, "10.0.0.5");
        assertThat(CallNetwork.of(upgrade("example.com", 443, "203.0.113.9:55642"), true, proxy).clientPort())
                .isEqualTo(-1);
        assertThat(CallNetwork.of(upgrade("example.com", 443, "203.0.113.9:4711"), true, proxy).clientPort())
                .isEqualTo(4711);
        assertThat(CallNetwork.of(upgrade("example.com", 443, "10.0.0.5:55642"), true, proxy).clientPort())
                .isEqualTo(55642);
    }

    @Test
    void aUnixDomainSocketHasAPathAndNoPort() {
        assertThat(CallNetwork.of(upgrade("localhost", -1, "/tmp/app.sock"), false, null))
                .isEqualTo(new CallNetwork("localhost", 80, "/tmp/app.sock", -1, "unix", null, -1));
    }

    private static HandshakeRequest upgrade(String host, int port, String remoteAddress) {
        return new HandshakeRequest() {
            @Override
            public String host() {
                return host;
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public String remoteAddress() {
                return remoteAddress;
            }

            @Override
            public String header(String name) {
                return null;
            }

            @Override
            public List<String> headers(String name) {
                return List.of();
            }

            @Override
            public Map<String, List<String>> headers() {
                return Map.of();
            }

            @Override
            public String scheme() {
                return "http";
            }

            @Override
            public String path() {
                return "/jsonrpc";
            }

            @Override
            public String query() {
                return null;
            }

            @Override
            public String localAddress() {
                return null;
            }
        };
    }
}
