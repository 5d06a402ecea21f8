package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.server.testing.TcpRelay;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/**
 * A client whose connection drops while the application stops does not reconnect: its server may be stopping with it,
 * as the application's own does here (and in dev mode's live reload, where a new upgrade would reach the server while
 * it restarts). The client listens for notifications, so after any other drop it would reconnect at once; here the
 * server closes its connection with 1001 as the application stops. The client reaches the server through a relay
 * outside the application, which counts the client's attempts to connect after the application is gone: this class
 * as JUnit loads it holds the relay, the test method runs in the application's copy of it, and the two meet through
 * system properties.
 */
public class NoReconnectAtShutdownTest {

    private static final String RELAY_PORT = "no-reconnect-test.relay";
    private static final String TARGET = "no-reconnect-test.target";
    private static TcpRelay relay;

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(News.class, NewsServer.class))
            // the configured client is not used: the test builds one to the relay, whose port is known at run time
            .overrideConfigKey("quarkus.jsonrpc-client.\"news\".url", "http://localhost:1/jsonrpc")
            .setBeforeAllCustomizer(NoReconnectAtShutdownTest::startRelay)
            .setAfterAllCustomizer(NoReconnectAtShutdownTest::assertConnectedOnceAndStopRelay);

    @TestHTTPResource("/jsonrpc")
    URL endpoint;

    @Test
    void listeningWhenTheApplicationStops() {
        System.setProperty(TARGET, Integer.toString(endpoint.getPort()));
        News news = JsonRpcClientBuilder.newBuilder().url("ws://localhost:" + Integer.getInteger(RELAY_PORT) + "/jsonrpc")
                .build(News.class);
        // listening: a dropped connection is opened again, until the application stops
        news.news().subscribe().withSubscriber(AssertSubscriber.create(1));
        assertThat(news.ping()).isEqualTo("pong");
    }

    static void startRelay() {
        try {
            relay = new TcpRelay(() -> Integer.getInteger(TARGET, -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty(RELAY_PORT, Integer.toString(relay.port()));
    }

    static void assertConnectedOnceAndStopRelay() {
        try {
            // the call's connection, closed with 1001 as the application stopped, and no attempt after it
            assertThat(relay.accepted()).as("connections the client opened").isEqualTo(1);
        } finally {
            System.clearProperty(RELAY_PORT);
            System.clearProperty(TARGET);
            relay.close();
        }
    }
}
