package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.server.testing.TcpRelay;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/**
 * A server that turns the client away right after the upgrade (an open hook refusing it, as the push guide's example
 * does) lets the upgrade succeed each time: such a connection counts as a failed attempt, and the pauses between the
 * attempts double, instead of the client reconnecting at once, over and over.
 */
public class ReconnectBackOffTest {

    public static class Lobby {
        @OnJsonRpcOpen
        void welcome(JsonRpcContext context) {
            if (context.header("X-User") == null) {
                throw new JsonRpcException(-32001, "Say who you are with X-User");
            }
        }
    }

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(News.class, NewsServer.class, Lobby.class, LogWatch.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"news\".url", "http://localhost:1/jsonrpc")
            .overrideConfigKey("quarkus.log.category.\"io.quarkiverse.jsonrpc.client\".level", "DEBUG");

    @TestHTTPResource("/jsonrpc")
    URL endpoint;

    @Test
    void aConnectionTurnedAwayAfterTheUpgradeIsRetriedWithBackOff() {
        String url = "ws://localhost:" + endpoint.getPort() + "/jsonrpc";
        try (LogWatch log = LogWatch.extension()) {
            News news = JsonRpcClientBuilder.newBuilder().url(url).build(News.class);
            try {
                news.news().subscribe().withSubscriber(AssertSubscriber.create(1));
                // at once after the first refusal, then after reconnect.initial-delay (200 ms), then twice that
                log.await("Reconnecting to " + url + " in 400 ms", Duration.ofSeconds(30));
                assertThat(log.records()).filteredOn(record -> record.getLevel().intValue() == Level.WARNING.intValue())
                        .singleElement().satisfies(warning -> assertThat(LogWatch.message(warning)).contains(
                                "connected to " + url + " to receive notifications, and the server closed the"
                                        + " connection right after it opened (1008 Say who you are with X-User)"));
            } finally {
                ((JsonRpcClientControl) news).close();
            }
        }
    }

    @Test
    void aBuiltClientPausesAsItsBuilderSays() throws Exception {
        try (TcpRelay relay = new TcpRelay(); LogWatch log = LogWatch.extension()) {
            relay.target(endpoint.getPort());
            String url = "ws://localhost:" + relay.port() + "/jsonrpc";
            News news = JsonRpcClientBuilder.newBuilder().url(url).header("X-User", "ann")
                    .reconnectDelays(Duration.ofSeconds(1), Duration.ofSeconds(1)).build(News.class);
            try {
                news.news().subscribe().withSubscriber(AssertSubscriber.create(1));
                assertThat(news.ping()).isEqualTo("pong");
                relay.cut();
                // at once after the drop, then after the first pause, then after the longest: the same
                await().atMost(Duration.ofSeconds(30)).until(() -> reconnections(log, url).size() >= 3);
                assertThat(reconnections(log, url).subList(0, 3)).containsExactly(
                        "Reconnecting to " + url + " in 1 ms", "Reconnecting to " + url + " in 1000 ms",
                        "Reconnecting to " + url + " in 1000 ms");
            } finally {
                ((JsonRpcClientControl) news).close();
            }
        }
    }

    @Test
    void aBuildersPausesArePositiveAndTheFirstIsNotTheLongest() {
        JsonRpcClientBuilder builder = JsonRpcClientBuilder.newBuilder();
        assertThatThrownBy(() -> builder.reconnectDelays(Duration.ZERO, Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "The reconnection's first pause must be positive and not longer than its longest: 0s and 30s");
        assertThatThrownBy(() -> builder.reconnectDelays(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "The reconnection's first pause must be positive and not longer than its longest: 2s and 1s");
    }

    @Test
    void aBuiltClientWithoutReconnectionWaitsForItsNextCall() throws Exception {
        try (TcpRelay relay = new TcpRelay(); LogWatch log = LogWatch.extension()) {
            relay.target(endpoint.getPort());
            String url = "ws://localhost:" + relay.port() + "/jsonrpc";
            News news = JsonRpcClientBuilder.newBuilder().url(url).header("X-User", "ann").reconnect(false)
                    .build(News.class);
            try {
                news.news().subscribe().withSubscriber(AssertSubscriber.create(1));
                assertThat(news.ping()).isEqualTo("pong");
                relay.cut();
                log.await("The WebSocket connection to " + url + " closed", Duration.ofSeconds(30));
                relay.restore();
                // the call opens the connection again: the client did not, nor planned to
                assertThat(news.ping()).isEqualTo("pong");
                assertThat(relay.accepted()).isEqualTo(2);
                assertThat(reconnections(log, url)).isEmpty();
            } finally {
                ((JsonRpcClientControl) news).close();
            }
        }
    }

    private static List<String> reconnections(LogWatch log, String url) {
        return log.records().stream().map(LogWatch::message)
                .filter(message -> message.startsWith("Reconnecting to " + url + " in ")).toList();
    }
}
