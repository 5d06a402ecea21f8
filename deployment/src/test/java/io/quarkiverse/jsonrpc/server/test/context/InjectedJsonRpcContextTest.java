package io.quarkiverse.jsonrpc.server.test.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.server.test.TransportClients;
import io.quarkiverse.jsonrpc.server.testing.BatchResponse;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

/**
 * {@code @Inject JsonRpcContext} in a bean that a method calls answers for the call being served, on every thread a
 * method runs on, in the later stages of the {@code Uni} it returns, each call of a batch for itself; outside of a
 * call it fails saying so.
 */
public class InjectedJsonRpcContextTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Describer.class, Service.class, Hooks.class,
                    TransportClients.class));

    /** Not a JSON-RPC bean: it knows the call only through what it injects. */
    @ApplicationScoped
    public static class Describer {

        @Inject
        JsonRpcContext context;

        String describe() {
            return context.method() + " #" + context.requestId() + " over " + context.transport() + " for "
                    + context.header("X-User");
        }
    }

    public static class Service {

        @Inject
        Describer describer;

        /** On a worker thread. */
        @JsonRpc
        public String describe() {
            return describer.describe();
        }

        @JsonRpc
        @NonBlocking
        public String describeOnEventLoop() {
            return describer.describe();
        }

        /** Read in a stage that runs later, on another thread. */
        @JsonRpc
        public Uni<String> describeLater() {
            return Uni.createFrom().item("later").onItem().delayIt().by(Duration.ofMillis(10))
                    .map(later -> later + ": " + describer.describe());
        }

        @JsonRpc
        public String opened(JsonRpcContext context) {
            return String.valueOf(context.userData().get("opened"));
        }
    }

    /** A connection's lifecycle method, which serves no request: the context has no method and no id. */
    public static class Hooks {

        @Inject
        JsonRpcContext context;

        @OnJsonRpcOpen
        void open() {
            context.userData().put("opened", "opened " + (context.connectionId() != null) + " method "
                    + context.method());
        }
    }

    @Inject
    Describer describer;

    @TestHTTPResource("/jsonrpc")
    URI uri;

    JsonRpcTestClient client(String transport) {
        JsonRpcTestClient.Builder builder = JsonRpcTestClient.builder().header("X-User", "ada");
        return transport.equals(TransportClients.HTTP) ? builder.http(uri) : builder.ws(uri);
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void aBeanThatInjectsTheContextSeesTheCallThatCallsIt(String transport) {
        try (JsonRpcTestClient client = client(transport)) {
            assertThat(client.call(String.class, "describe")).isEqualTo("describe #1 over " + transport + " for ada");
            assertThat(client.call(String.class, "describeOnEventLoop"))
                    .isEqualTo("describeOnEventLoop #2 over " + transport + " for ada");
            assertThat(client.call(String.class, "describeLater"))
                    .isEqualTo("later: describeLater #3 over " + transport + " for ada");
        }
    }

    /**
     * The calls of a batch run concurrently, on worker threads and on the event loop, and two calls returning a
     * {@code Uni} are in flight at once: each has a Vert.x context of its own, so that the later stage of one never
     * sees the other's request context.
     */
    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void eachCallOfABatchSeesItself(String transport) {
        try (JsonRpcTestClient client = client(transport)) {
            List<BatchResponse> responses = client.batch().call("describe").call("describeOnEventLoop")
                    .call("describe").call("describeOnEventLoop").call("describeLater").call("describeLater").send();

            assertThat(responses).extracting(response -> response.result(String.class)).containsExactly(
                    "describe #1 over " + transport + " for ada",
                    "describeOnEventLoop #2 over " + transport + " for ada",
                    "describe #3 over " + transport + " for ada",
                    "describeOnEventLoop #4 over " + transport + " for ada",
                    "later: describeLater #5 over " + transport + " for ada",
                    "later: describeLater #6 over " + transport + " for ada");
        }
    }

    @Test
    void aLifecycleMethodSeesItsConnection() {
        try (JsonRpcTestClient client = client(TransportClients.WEBSOCKET)) {
            assertThat(client.call(String.class, "opened")).isEqualTo("opened true method null");
        }
    }

    @Test
    void outsideOfACallItFailsSayingSo() {
        assertThatThrownBy(describer::describe).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("JsonRpcContext is only available during a JSON-RPC call: an injected"
                        + " JsonRpcContext answers for the @JsonRpc method");
    }
}
