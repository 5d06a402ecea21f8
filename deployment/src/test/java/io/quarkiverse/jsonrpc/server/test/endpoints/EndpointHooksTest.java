package io.quarkiverse.jsonrpc.server.test.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.quarkiverse.jsonrpc.server.OnJsonRpcClose;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * The hooks of a {@code @JsonRpcEndpoint} class run for that endpoint's connections only; those of a class without
 * one run for the connections of every endpoint, each told its endpoint by {@code JsonRpcContext.endpoint()}. An
 * endpoint whose class has hooks and no method is served too.
 */
public class EndpointHooksTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Admin.class, Everywhere.class, Quiet.class));

    static final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @JsonRpcEndpoint("/admin")
    public static class Admin {
        @JsonRpc
        public String ping() {
            return "admin";
        }

        @OnJsonRpcOpen
        void opened() {
            events.add("admin opened");
        }

        @OnJsonRpcClose
        void closed() {
            events.add("admin closed");
        }
    }

    public static class Everywhere {
        @JsonRpc
        public String ping() {
            return "configured";
        }

        /** Told the endpoint of each connection. */
        @OnJsonRpcOpen
        void opened(JsonRpcContext context) {
            events.add("everywhere opened at " + context.endpoint());
        }

        @OnJsonRpcClose
        void closed(JsonRpcContext context) {
            events.add("everywhere closed at " + context.endpoint());
        }
    }

    /** Hooks, and no method. */
    @JsonRpcEndpoint("/quiet")
    public static class Quiet {
        @OnJsonRpcOpen
        void opened() {
            events.add("quiet opened");
        }
    }

    @TestHTTPResource("/admin")
    URI admin;

    @TestHTTPResource("/jsonrpc")
    URI configured;

    @TestHTTPResource("/quiet")
    URI quiet;

    @BeforeEach
    void clear() {
        events.clear();
    }

    @Test
    void anEndpointsHooksRunForItsConnections() throws InterruptedException {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(admin)) {
            // answered once the open hooks have run
            assertThat(client.call(String.class, "ping")).isEqualTo("admin");
            assertThat(drain()).containsExactly("admin opened", "everywhere opened at /admin");
        }
        // sorted by class, the endpoint's first: the last one closes the check
        assertThat(next()).isEqualTo("admin closed");
        assertThat(next()).isEqualTo("everywhere closed at /admin");
    }

    @Test
    void anotherEndpointsHooksDoNotRun() throws InterruptedException {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(configured)) {
            assertThat(client.call(String.class, "ping")).isEqualTo("configured");
            assertThat(drain()).containsExactly("everywhere opened at null");
        }
        assertThat(next()).isEqualTo("everywhere closed at null");
        assertThat(drain()).isEmpty();
    }

    @Test
    void anEndpointWithHooksAndNoMethodIsServed() throws InterruptedException {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(quiet)) {
            assertThat(client.call("rpc.discover").get("methods")).isEmpty();
            assertThat(drain()).containsExactly("everywhere opened at /quiet", "quiet opened");
        }
        // waited for, or it would come into the next test's events
        assertThat(next()).isEqualTo("everywhere closed at /quiet");
    }

    private static String next() throws InterruptedException {
        return events.poll(10, TimeUnit.SECONDS);
    }

    private static List<String> drain() {
        List<String> drained = new ArrayList<>();
        events.drainTo(drained);
        return drained;
    }
}
