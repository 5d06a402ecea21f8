package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
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
                                "cannot connect to " + url + " to receive notifications: The WebSocket connection to "
                                        + url + " closed (1008 Say who you are with X-User) right after it opened"));
            } finally {
                ((JsonRpcClientControl) news).close();
            }
        }
    }
}
