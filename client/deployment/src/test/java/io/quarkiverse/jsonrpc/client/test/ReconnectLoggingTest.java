package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.server.testing.TcpRelay;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/**
 * A client that listens for notifications reconnects in the background, where nobody sees its failures: the first
 * failed attempt of an outage is logged at WARN with its cause, the next ones are not, and the connection that ends
 * the outage is logged at INFO.
 */
public class ReconnectLoggingTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(News.class, NewsServer.class, LogWatch.class))
            // the configured client is not used: the test builds one to its relay
            .overrideConfigKey("quarkus.jsonrpc-client.\"news\".url", "http://localhost:1/jsonrpc");

    @TestHTTPResource("/jsonrpc")
    URL endpoint;

    @Test
    void theFirstFailureOfAnOutageIsAWarningAndTheRecoveryNews() throws Exception {
        try (TcpRelay relay = new TcpRelay(); LogWatch log = LogWatch.extension()) {
            relay.target(endpoint.getPort());
            News news = JsonRpcClientBuilder.newBuilder().url("ws://localhost:" + relay.port() + "/jsonrpc")
                    .build(News.class);
            try {
                news.news().subscribe().withSubscriber(AssertSubscriber.create(1));
                assertThat(news.ping()).isEqualTo("pong");
                int before = relay.accepted();

                relay.cut();
                // the drop, and then attempts that fail: at once, after 200 ms, after 400 ms
                await().atMost(Duration.ofSeconds(30)).until(() -> relay.accepted() >= before + 3);
                assertThat(warnings(log)).singleElement().satisfies(warning -> assertThat(LogWatch.message(warning))
                        .startsWith("The JSON-RPC client '").contains("cannot connect to ws://localhost:"
                                + relay.port() + "/jsonrpc to receive notifications: ")
                        // the attempt's failure, without the "Cannot connect to <url>" a failed call says
                        .doesNotContain("Cannot connect to")
                        .endsWith(". It keeps trying, at most every 30s (reconnect.max-delay)"));

                relay.restore();
                log.await("is connected to ws://localhost:" + relay.port(), Duration.ofSeconds(30));
                assertThat(warnings(log)).hasSize(1);
            } finally {
                ((JsonRpcClientControl) news).close();
            }
        }
    }

    /**
     * Without reconnection, the client tries no more after the failure it logs, and says so: the next call connects.
     * It said "It keeps trying", which it did not.
     */
    @Test
    void aClientThatDoesNotReconnectSaysWhatConnectsIt() throws Exception {
        try (TcpRelay relay = new TcpRelay(); LogWatch log = LogWatch.extension()) {
            // no target yet: each connection is closed as it comes, as where the server is down
            String url = "ws://localhost:" + relay.port() + "/jsonrpc";
            News news = JsonRpcClientBuilder.newBuilder().url(url).reconnect(false).build(News.class);
            try {
                news.news().subscribe().withSubscriber(AssertSubscriber.create(1));
                assertThat(LogWatch.message(log.await("to receive notifications", Duration.ofSeconds(30))))
                        .startsWith("The JSON-RPC client '").contains("cannot connect to " + url
                                + " to receive notifications: ")
                        .endsWith(". It does not try again by itself (reconnect.enabled=false): the client's next"
                                + " call connects");
                relay.target(endpoint.getPort());
                assertThat(news.ping()).isEqualTo("pong");
                assertThat(relay.accepted()).isEqualTo(2);
            } finally {
                ((JsonRpcClientControl) news).close();
            }
        }
    }

    /**
     * Without reconnection, a drop leaves a notification stream with nothing, and failing nothing: the client says so,
     * at WARN, where it said it at DEBUG only.
     */
    @Test
    void aDropWithoutReconnectionIsAWarning() throws Exception {
        try (TcpRelay relay = new TcpRelay(); LogWatch log = LogWatch.extension()) {
            relay.target(endpoint.getPort());
            String url = "ws://localhost:" + relay.port() + "/jsonrpc";
            News news = JsonRpcClientBuilder.newBuilder().url(url).reconnect(false).build(News.class);
            try {
                news.news().subscribe().withSubscriber(AssertSubscriber.create(1));
                assertThat(news.ping()).isEqualTo("pong");
                relay.cut();
                assertThat(LogWatch.message(log.await("receives no notifications", Duration.ofSeconds(30))))
                        .isEqualTo("The WebSocket connection to " + url + " closed: the JSON-RPC client 'news'"
                                + " receives no notifications until its next call connects (reconnect.enabled=false)");
                assertThat(warnings(log)).hasSize(1);
            } finally {
                ((JsonRpcClientControl) news).close();
            }
        }
    }

    private static java.util.List<LogRecord> warnings(LogWatch log) {
        return log.records().stream().filter(record -> record.getLevel().intValue() == Level.WARNING.intValue()).toList();
    }
}
