package io.quarkiverse.jsonrpc.server.test.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.OnJsonRpcClose;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.server.spi.JsonRpcFilter;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * A {@code @SessionScoped} bean lives as long as its WebSocket connection, as in websockets-next: each connection has
 * its own, shared by its calls on every thread, its filters and its open and close hooks, and destroyed once the close
 * hooks have run. An HTTP request is a session of its own. An injected {@code WebSocketConnection}, websockets-next's
 * session-scoped bean, is the call's connection.
 */
public class SessionScopedTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(
                    jar -> jar.addClasses(Basket.class, Shop.class, Visits.class, CountingFilter.class, Cart.class));

    @SessionScoped
    public static class Basket {
        /** The items of each basket destroyed, in the order they were. */
        static final BlockingQueue<List<String>> destroyed = new LinkedBlockingQueue<>();

        private final List<String> items = new CopyOnWriteArrayList<>();

        /** Adds and counts in one step: a batch's calls run at once, and each must see its own count. */
        synchronized int add(String item) {
            items.add(item);
            return items.size();
        }

        List<String> items() {
            return List.copyOf(items);
        }

        @PreDestroy
        void destroy() {
            destroyed.add(items());
        }
    }

    /** How many calls the connection made, as its filter counted them. */
    @SessionScoped
    public static class Visits {
        private final AtomicInteger calls = new AtomicInteger();

        void count() {
            calls.incrementAndGet();
        }

        int calls() {
            return calls.get();
        }
    }

    @Singleton
    public static class CountingFilter implements JsonRpcFilter {
        @Inject
        Visits visits;

        @Override
        public void before(JsonRpcContext call, JsonNode params) {
            visits.count();
        }
    }

    /** Request-scoped state reached by a static lookup, which the build cannot see. */
    @RequestScoped
    @Unremovable
    public static class Cart {
        int size() {
            return 0;
        }
    }

    public static class Shop {
        /** What each close hook saw in its connection's basket. */
        static final BlockingQueue<List<String>> seenAtClose = new LinkedBlockingQueue<>();

        @Inject
        Basket basket;

        @Inject
        Visits visits;

        /** websockets-next's session-scoped bean: the connection of the call. */
        @Inject
        WebSocketConnection connection;

        @OnJsonRpcOpen
        void open() {
            basket.add("welcome");
        }

        @OnJsonRpcClose
        void close() {
            seenAtClose.add(basket.items());
        }

        /** On a worker thread. */
        @JsonRpc
        public int add(String item) {
            return basket.add(item);
        }

        @JsonRpc
        @NonBlocking
        public List<String> items() {
            return basket.items();
        }

        @JsonRpc
        public int visits() {
            return visits.calls();
        }

        /** The injected connection's id, and whether it is the one the call came on. */
        @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
        public List<Object> connection(JsonRpcContext context) {
            return List.of(connection.id(), connection.id().equals(context.connectionId()));
        }

        /** Reaches request-scoped state where no request context is active. */
        @JsonRpc
        public int cart() {
            return Arc.container().instance(Cart.class).get().size();
        }

        /** Reaches the basket on another thread, after the method has returned. */
        @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
        public Uni<Integer> later() {
            return Uni.createFrom().voidItem().emitOn(Infrastructure.getDefaultWorkerPool())
                    .map(ignored -> basket.items().size());
        }

        /** The Uni is made while the method runs, where the basket is the connection's. */
        @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
        public Uni<Integer> count() {
            return Uni.createFrom().item(basket.items().size());
        }
    }

    private static final TypeReference<List<String>> ITEMS = new TypeReference<>() {
    };

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void eachConnectionHasItsOwnBasketUntilItCloses() throws InterruptedException {
        try (JsonRpcTestClient alice = JsonRpcTestClient.ws(uri); JsonRpcTestClient bob = JsonRpcTestClient.ws(uri)) {
            assertThat(alice.call(int.class, "add", "apples")).isEqualTo(2);
            assertThat(bob.call(int.class, "add", "pears")).isEqualTo(2);
            assertThat(alice.call(int.class, "add", "plums")).isEqualTo(3);
            assertThat(alice.call(ITEMS, "items")).containsExactly("welcome", "apples", "plums");
            assertThat(bob.call(ITEMS, "items")).containsExactly("welcome", "pears");
            assertThat(bob.call(int.class, "count")).isEqualTo(2);
            // the filter counted each connection's calls in its own session, this one included
            assertThat(alice.call(int.class, "visits")).isEqualTo(4);
            assertThat(bob.call(int.class, "visits")).isEqualTo(4);
            // the injected connection is the call's own: [its id, whether it is the id the call came on]
            JsonNode alices = alice.call("connection");
            JsonNode bobs = bob.call("connection");
            assertThat(alices.get(1).asBoolean()).isTrue();
            assertThat(bobs.get(1).asBoolean()).isTrue();
            assertThat(bobs.get(0)).isNotEqualTo(alices.get(0));

            alice.close();
            assertThat(Shop.seenAtClose.poll(10, TimeUnit.SECONDS)).containsExactly("welcome", "apples", "plums");
            assertThat(Basket.destroyed.poll(10, TimeUnit.SECONDS)).containsExactly("welcome", "apples", "plums");
            // bob's is his still
            assertThat(bob.call(ITEMS, "items")).containsExactly("welcome", "pears");
        }
        assertThat(Basket.destroyed.poll(10, TimeUnit.SECONDS)).containsExactly("welcome", "pears");
    }

    /** An HTTP request is a session of its own, as it has its own {@code userData()}: a batch's calls share it. */
    @Test
    void anHttpRequestIsASessionOfItsOwn() throws InterruptedException {
        try (JsonRpcTestClient http = JsonRpcTestClient.http(uri)) {
            assertThat(http.exchange("[{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[\"figs\"],\"id\":1},"
                    + "{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[\"kiwis\"],\"id\":2}]"))
                    .satisfiesAnyOf(answer -> assertThat(answer).isEqualTo("[{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":1},"
                            + "{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":2}]"),
                            answer -> assertThat(answer).isEqualTo("[{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":1},"
                                    + "{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":2}]"));
            assertThat(Basket.destroyed.poll(10, TimeUnit.SECONDS)).containsExactlyInAnyOrder("figs", "kiwis");
            assertThat(http.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"items\",\"id\":3}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":[],\"id\":3}");
            assertThat(Basket.destroyed.poll(10, TimeUnit.SECONDS)).isEmpty();
        }
    }

    /**
     * A context that is not active is named as it is: the request context's missing names the property that activates
     * it, the session context's (a stage that runs after the method, on another thread) is ArC's own message.
     */
    @Test
    void theContextThatIsNotActiveIsNamed() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            JsonRpcErrorException request = client.callForError("cart");
            assertThat(request.code()).isEqualTo(-32603);
            assertThat(request.message()).isEqualTo("No request context is active for this method: the build found no"
                    + " @RequestScoped bean that it uses. Set quarkus.jsonrpc-server.activate-request-context=always if it"
                    + " reaches request-scoped state in a way no injection point shows (a static lookup)");
            JsonRpcErrorException session = client.callForError("later");
            assertThat(session.code()).isEqualTo(-32603);
            assertThat(session.message()).startsWith("SessionScoped context was not active when trying to obtain a bean"
                    + " instance for a client proxy of CLASS bean [class=" + Basket.class.getName());
        }
    }
}
