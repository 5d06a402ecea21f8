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
 * longer lives as long as the test class does, one more per client a test made; and the thread does not hold the
 * test's class loader meanwhile. Alone, as it tells the thread apart from others by when it started.
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

    /**
     * In a Quarkus test the context class loader is the application's: kept by the thread of a client the test left
     * unclosed in a static field, the application would stay in memory after it stopped, classes and all.
     */
    @Test
    void theThreadOfTheHttpClientDoesNotHoldTheTestsClassLoader() {
        ClassLoader application = new ClassLoader(getClass().getClassLoader()) {
        };
        Thread current = Thread.currentThread();
        ClassLoader before = current.getContextClassLoader();
        Set<Thread> threads = new HashSet<>(Thread.getAllStackTraces().keySet());
        current.setContextClassLoader(application);
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jsonrpc");
        JsonRpcTestClient client;
        try {
            client = JsonRpcTestClient.http(endpoint);
        } finally {
            current.setContextClassLoader(before);
        }
        try (client) {
            List<Thread> selectors = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !threads.contains(t) && t.getName().endsWith("SelectorManager")).toList();
            assertThat(selectors).hasSize(1);
            assertThat(selectors.get(0).getContextClassLoader()).isNotSameAs(application);
        }
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
