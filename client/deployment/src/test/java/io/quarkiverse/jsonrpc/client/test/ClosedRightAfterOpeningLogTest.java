package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.OnJsonRpcNotification;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/**
 * A connection the server closes right after it opened, here with 1009 for a first message over the server's
 * max-message-size, is logged as what happened: the server closed it, with its code and reason, where something waits
 * for notifications; not at all where nothing does, since the calls on it fail saying so. It was logged as "cannot
 * connect ... to receive notifications", for a client that had connected, and listened for none.
 */
public class ClosedRightAfterOpeningLogTest {

    static final Duration AWAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class, Echo.class,
                    LogWatch.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"echo\".url", "http://localhost:1/jsonrpc")
            .overrideConfigKey("quarkus.websockets-next.server.max-message-size", "4096");

    @TestHTTPResource("/jsonrpc")
    URL endpoint;

    /** {@link CalculatorServer}'s echo, and notifications to listen for. */
    @RegisterJsonRpcClient(configKey = "echo")
    public interface Echo {
        @JsonRpc
        String echo(String text);

        @OnJsonRpcNotification("news")
        Multi<String> news();
    }

    String url() {
        return "ws://localhost:" + endpoint.getPort() + "/jsonrpc";
    }

    /** A connection counts as one that worked once open for the initial delay: a minute is "right after" always. */
    Echo echo() {
        return JsonRpcClientBuilder.newBuilder().url(url())
                .reconnectDelays(Duration.ofMinutes(1), Duration.ofMinutes(1)).build(Echo.class);
    }

    @Test
    void aClientListeningForNotificationsLogsThatTheServerClosedTheConnection() {
        Echo echo = echo();
        try (JsonRpcClientControl control = (JsonRpcClientControl) echo; LogWatch log = LogWatch.extension()) {
            echo.news().subscribe().withSubscriber(AssertSubscriber.create(1));
            tooLarge(echo);
            // logged before the calls on the connection fail
            assertThat(warnings(log)).singleElement().satisfies(warning -> assertThat(warning)
                    .startsWith("The JSON-RPC client '").contains("' connected to " + url() + " to receive"
                            + " notifications, and the server closed the connection right after it opened (1009"
                            + " Message too big: over 4096 bytes). It keeps trying, at most every 1m"
                            + " (reconnect.max-delay)")
                    .doesNotContain("cannot connect"));
        }
    }

    @Test
    void aClientListeningForNoNotificationsLogsNoWarning() {
        Echo echo = echo();
        try (JsonRpcClientControl control = (JsonRpcClientControl) echo; LogWatch log = LogWatch.extension()) {
            tooLarge(echo);
            assertThat(warnings(log)).isEmpty();
            assertThat(echo.echo("after")).isEqualTo("after");
        }
    }

    /** The first message on the connection, over the server's max-message-size. */
    private void tooLarge(Echo echo) {
        assertThat(catchThrowable(() -> echo.echo("x".repeat(5000)))).isInstanceOf(JsonRpcTransportException.class)
                .hasMessage("The WebSocket connection to " + url() + " closed (1009 Message too big: over 4096 bytes)"
                        + " before the answer arrived");
    }

    private static List<String> warnings(LogWatch log) {
        return log.records().stream().filter(record -> record.getLevel().intValue() == Level.WARNING.intValue())
                .map(LogWatch::message).toList();
    }
}
