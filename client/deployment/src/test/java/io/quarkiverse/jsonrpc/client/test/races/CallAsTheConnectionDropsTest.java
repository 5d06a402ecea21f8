package io.quarkiverse.jsonrpc.client.test.races;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.test.Calculator;
import io.quarkiverse.jsonrpc.client.test.CalculatorServer;
import io.quarkiverse.jsonrpc.server.testing.TcpRelay;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;

/**
 * A call made as the connection drops, before the calls sent on it are failed, goes on the next connection: only the
 * calls whose messages went on the connection that dropped fail with it. Here the call is made where the drop is
 * first heard, by the subscription it ends, as an application that subscribes again by itself does
 * ({@code resubscribe=false}); it failed with "closed before the answer arrived" though it was never sent on that
 * connection.
 */
public class CallAsTheConnectionDropsTest {

    static final Duration AWAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class))
            // the configured client is not used: the test builds one to its relay
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".url", "http://localhost:1/jsonrpc");

    @TestHTTPResource("/jsonrpc")
    URL endpoint;

    @Test
    void aCallMadeAsTheConnectionDropsGoesOnTheNext() throws Exception {
        try (TcpRelay relay = new TcpRelay()) {
            relay.target(endpoint.getPort());
            String url = "ws://localhost:" + relay.port() + "/jsonrpc";
            Calculator calc = JsonRpcClientBuilder.newBuilder().url(url).resubscribe(false).build(Calculator.class);
            try {
                UniAssertSubscriber<Integer> madeAsItDropped = UniAssertSubscriber.create();
                AssertSubscriber<Long> clock = calc.clock()
                        .onFailure().invoke(() -> calc.subtractLater(42, 23).subscribe().withSubscriber(madeAsItDropped))
                        .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
                clock.awaitNextItem(AWAIT);

                relay.drop();
                clock.awaitFailure(AWAIT).assertFailedWith(JsonRpcTransportException.class, "ended: The WebSocket"
                        + " connection to " + url + " closed");
                madeAsItDropped.awaitItem(AWAIT).assertItem(19);
            } finally {
                ((JsonRpcClientControl) calc).close();
            }
        }
    }
}
