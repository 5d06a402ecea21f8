package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.server.testing.TcpRelay;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/**
 * With a ping interval, a client notices a connection that went silent without closing, as one a NAT or a load
 * balancer forgot: the call waiting on it fails as at any drop, saying why, and the client reconnects. The server's
 * pongs keep a quiet connection that is still there. The call's own timeout, 30 s by default, is far longer: a call
 * that waited for it would not get the drop's failure.
 */
public class UnansweredPingTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(News.class, NewsServer.class))
            // the configured client is not used: the test builds one to its relay
            .overrideConfigKey("quarkus.jsonrpc-client.\"news\".url", "http://localhost:1/jsonrpc");

    /**
     * A pong must come within the interval, through the relay and back: on a busy machine, 500 ms was not always
     * enough, and the client dropped a connection that was there.
     */
    static final Duration PING_INTERVAL = Duration.ofSeconds(2);

    /** A pong frame without payload on the wire: its header, unmasked from a server. */
    static final int PONG = 2;

    @TestHTTPResource("/jsonrpc")
    URL endpoint;

    @Test
    void aSilentConnectionIsDroppedAndReplaced() throws Exception {
        try (TcpRelay relay = new TcpRelay()) {
            relay.target(endpoint.getPort());
            News news = JsonRpcClientBuilder.newBuilder().url("ws://localhost:" + relay.port() + "/jsonrpc")
                    .pingInterval(PING_INTERVAL).build(News.class);
            try {
                // something waits for notifications: the client reconnects by itself
                news.news().subscribe().withSubscriber(AssertSubscriber.create(1));
                assertThat(news.ping()).isEqualTo("pong");
                // pongs keep the connection: two pings and their pongs. Once its answer has come, the server sends
                // nothing but pongs; the client sends a ping only once the one before was answered within the interval
                long answered = relay.bytesToClients();
                await().atMost(Duration.ofSeconds(30)).until(() -> relay.bytesToClients() >= answered + 2 * PONG);
                assertThat(relay.accepted()).isEqualTo(1);

                relay.freeze();
                assertThatThrownBy(news::ping).isInstanceOf(JsonRpcTransportException.class)
                        .hasMessage("The WebSocket connection to ws://localhost:" + relay.port() + "/jsonrpc closed (no"
                                + " answer to a ping within 2s, the ping-interval) before the answer arrived");
                await().atMost(Duration.ofSeconds(30)).until(() -> relay.accepted() == 2);
                assertThat(news.ping()).isEqualTo("pong");
                assertThat(relay.accepted()).isEqualTo(2);
            } finally {
                ((JsonRpcClientControl) news).close();
            }
        }
    }

    @Test
    void aBuildersPingIntervalIsPositive() {
        assertThatThrownBy(() -> JsonRpcClientBuilder.newBuilder().pingInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The ping interval must be positive: 0s (without pingInterval(...) the client sends no"
                        + " pings)");
    }
}
