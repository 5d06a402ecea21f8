package io.quarkiverse.jsonrpc.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import com.sun.net.httpserver.HttpServer;

/**
 * Closing an HTTP client ends the thread of its JDK HttpClient, also where the test still holds the client: it no
 * longer lives as long as the test class does, one more per client a test made. Alone, as it tells the thread apart
 * from others by when it started.
 */
@Isolated
class HttpTestClientCloseTest {

    HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jsonrpc", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = "{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void closingEndsTheThreadOfTheHttpClient() {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jsonrpc");
        JsonRpcTestClient client = JsonRpcTestClient.http(endpoint);
        List<Thread> selectors = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.getName().endsWith("SelectorManager")).toList();
        assertThat(selectors).hasSize(1);
        assertThat(client.call("add", 1, 2).asInt()).isEqualTo(3);

        client.close();

        // Java 17 ends it once the JDK's client is collected: each poll asks for a collection
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            System.gc();
            return !selectors.get(0).isAlive();
        });
        assertThatThrownBy(() -> client.call("add", 1, 2)).isInstanceOf(IllegalStateException.class)
                .hasMessage("The client is closed: POST " + endpoint + " not sent");
    }
}
