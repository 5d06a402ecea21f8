package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/**
 * A server that refuses the call ending a subscription (an unsubscribe method it does not have, set wrongly) goes on
 * sending its items: the client says so at WARN, with the setting to check, where it said nothing above DEBUG.
 */
public class UnsubscribeRefusedTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class, LogWatch.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".url", "http://localhost:1/jsonrpc");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aRefusedUnsubscribeIsAWarning() {
        URI ws = URI.create(uri.toString().replaceFirst("^http", "ws"));
        Calculator calc = JsonRpcClientBuilder.newBuilder().url(ws.toString())
                .subscriptions(null, "rpc.subscription", "stopTicks").build(Calculator.class);
        try (LogWatch log = LogWatch.extension()) {
            AssertSubscriber<Long> ticks = calc.clock().subscribe().withSubscriber(AssertSubscriber.create(1));
            ticks.awaitItems(1, Duration.ofSeconds(10));
            ticks.cancel();

            LogRecord warning = log.await("refused to end subscription", Duration.ofSeconds(10));
            assertThat(warning.getLevel()).isEqualTo(Level.WARNING);
            assertThat(LogWatch.message(warning)).matches("\\Q" + ws + " refused to end subscription \\E\"?\\w+\"?\\Q of "
                    + Calculator.class.getName() + "#clock(): its unsubscribe method, stopTicks, answered -32601"
                    + " Method not found. The server may go on sending the subscription's items, which are dropped:"
                    + " check quarkus.jsonrpc-client.\"\\E[^\"]+\\Q\".subscriptions.unsubscribe-method (further refusals"
                    + " for " + Calculator.class.getName() + "#clock() are logged at DEBUG)\\E");
        } finally {
            ((JsonRpcClientControl) calc).close();
        }
    }
}
