package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.runtime.transport.ClientTrafficLog;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A client's traffic logging, from its configuration or its builder: every message it sends and receives, at DEBUG
 * under {@code io.quarkiverse.jsonrpc.client.traffic}, each line naming the client by its config key and URL, an HTTP
 * answer with its status, a message cut at the payload limit.
 */
public class ClientTrafficLoggingTest {

    /** The port in the configured client's URL, named before the application starts: a relay to the application's. */
    static final int PORT = SharedTcpRelay.port(ClientTrafficLoggingTest.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class, LogWatch.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".url", "http://localhost:" + PORT + "/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".traffic-logging.enabled", "true")
            .overrideConfigKey("quarkus.log.category.\"" + ClientTrafficLog.CATEGORY + "\".level", "DEBUG");

    @TestHTTPResource
    URL application;

    @Inject
    @JsonRpcClient
    Calculator calc;

    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(ClientTrafficLoggingTest.class.getName(), application.getPort());
    }

    @Test
    void aConfiguredClientLogsItsHttpExchangesWithTheirStatus() {
        List<String> lines;
        try (LogWatch log = LogWatch.under(ClientTrafficLog.CATEGORY)) {
            assertThat(calc.subtract(42, 23)).isEqualTo(19);
            // a notification: no answer, 204
            calc.recordQuietly("entry");
            lines = log.records().stream().map(LogWatch::message).toList();
        }

        String client = "[calc http://localhost:" + PORT + "/jsonrpc] ";
        assertThat(lines).containsExactly(
                client + "sent: {\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[42,23],\"id\":1}",
                client + "received 200: {\"jsonrpc\":\"2.0\",\"result\":19,\"id\":1}",
                client + "sent: {\"jsonrpc\":\"2.0\",\"method\":\"record\",\"params\":[\"entry\"]}",
                client + "received 204: (empty)");
    }

    @Test
    void aBuilderTakesACountOfCharactersOrMinusOne() {
        assertThatThrownBy(() -> JsonRpcClientBuilder.newBuilder().trafficLogging(-2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A payload limit is a number of characters, or -1 for whole messages: -2");
    }

    @Test
    void aBuiltClientLogsItsWebSocketMessagesCutAtItsLimit() {
        String url = "ws://localhost:" + application.getPort() + "/jsonrpc";
        List<String> lines;
        Calculator ws = JsonRpcClientBuilder.newBuilder().url(url).trafficLogging(40).build(Calculator.class);
        try (LogWatch log = LogWatch.under(ClientTrafficLog.CATEGORY)) {
            assertThat(ws.subtract(42, 23)).isEqualTo(19);
            // the server notifies every connection before it answers
            ws.shout("hi").await().atMost(Duration.ofSeconds(10));
            lines = log.records().stream().map(LogWatch::message).toList();
        } finally {
            ((JsonRpcClientControl) ws).close();
        }

        // 40 characters of each message that has more
        String client = "[calc " + url + "] ";
        assertThat(lines).containsExactly(
                client + "sent: {\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"pa...",
                client + "received: {\"jsonrpc\":\"2.0\",\"result\":19,\"id\":1}",
                client + "sent: {\"jsonrpc\":\"2.0\",\"method\":\"shout\",\"param...",
                client + "received: {\"jsonrpc\":\"2.0\",\"method\":\"shouted\",\"par...",
                client + "received: {\"jsonrpc\":\"2.0\",\"result\":null,\"id\":2}");
    }
}
