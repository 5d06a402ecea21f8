package io.quarkiverse.jsonrpc.server.test.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.spi.JsonRpcFilter;
import io.quarkiverse.jsonrpc.server.test.TransportClients;
import io.quarkiverse.jsonrpc.server.test.execution.ThreadInfo;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;

/**
 * Application beans implementing {@link JsonRpcFilter} run around the calls of the methods they apply to, over both
 * transports, in the order of their {@code @Priority}: they see the call (method, params, transport, connection,
 * identity, headers), may refuse it with an error, and are told its outcome.
 */
public class JsonRpcFilterTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(
                    jar -> jar.addClasses(Service.class, NotOnConnection.class, Audit.class, Tenancy.class, Last.class,
                            AdminOnly.class, Quota.class, JustBeforeTheDefault.class, JustAfterTheDefault.class,
                            ThreadInfo.class, TransportClients.class));

    static final List<String> events = new CopyOnWriteArrayList<>();
    /** The thread each method's {@code after} ran on, by method. */
    static final Map<String, String> afterThreads = new ConcurrentHashMap<>();

    public static class Service {
        @JsonRpc
        public String echo(String text) {
            events.add("echo runs");
            return text;
        }

        @JsonRpc
        public String connection(JsonRpcContext context) {
            return String.valueOf(context.connectionId());
        }

        @JsonRpc
        public int fail() {
            throw new IllegalStateException("boom");
        }

        /** Never answers: runs until its connection closes. */
        @JsonRpc
        public Uni<String> hang() {
            return Uni.createFrom().emitter(emitter -> {
                emitter.onTermination(() -> events.add("hang cancelled"));
                events.add("hang runs");
            });
        }

        @JsonRpc
        public String ordered() {
            return "ordered";
        }

        @JsonRpc("admin.reset")
        public String reset() {
            return "reset";
        }

        @JsonRpc("quota.onEventLoop")
        @NonBlocking
        public ThreadInfo onEventLoop() {
            return ThreadInfo.current();
        }

        @JsonRpc("quota.onWorker")
        public ThreadInfo onWorker() {
            return ThreadInfo.current();
        }

        /** Its timeout is shorter than its filter's decision takes. */
        @JsonRpc(value = "quota.slowlyDecided", timeout = "1s")
        public String slowlyDecided() {
            return "ran";
        }

        @JsonRpc("quota.exceeded")
        public String exceeded() {
            events.add("exceeded runs");
            return "never";
        }
    }

    /** The filters below leave {@code connection} alone: a test calls it to learn its connection's id. */
    public interface NotOnConnection extends JsonRpcFilter {
        @Override
        default boolean appliesTo(String method) {
            return !method.equals("connection");
        }
    }

    /** Runs first: sees every call, and every outcome. */
    @Singleton
    @Priority(10)
    public static class Audit implements NotOnConnection {
        @Override
        public void before(JsonRpcContext call, JsonNode params) {
            events.add("audit " + call.method() + params + " over " + call.transport() + " connection "
                    + call.connectionId() + " anonymous " + call.identity().isAnonymous() + " tenant "
                    + call.header("X-Tenant"));
        }

        @Override
        public void after(JsonRpcContext call, Object result, JsonRpcException error) {
            events.add("audit after " + call.method() + " "
                    + (error == null ? "result " + result : "error " + error.getCode() + " " + error.getMessage()));
        }
    }

    /** Runs second: refuses the calls of an unknown tenant. */
    @Singleton
    @Priority(20)
    public static class Tenancy implements NotOnConnection {
        @Override
        public void before(JsonRpcContext call, JsonNode params) {
            if (!"acme".equals(call.header("X-Tenant"))) {
                throw new JsonRpcException(-32043, "Unknown tenant", call.header("X-Tenant"));
            }
        }
    }

    /** No {@code @Priority}: runs after those that have a lower one. */
    @Singleton
    public static class Last implements NotOnConnection {
        @Override
        public void before(JsonRpcContext call, JsonNode params) {
            events.add("last " + call.method()
                    + (call.method().startsWith("quota.") ? " on the event loop " + Context.isOnEventLoopThread() : ""));
        }
    }

    /**
     * Decides later, between Audit and Tenancy, as a quota kept in Redis would: its decision completes on a worker
     * thread, off the event loop the call came on.
     */
    @Singleton
    @Priority(15)
    public static class Quota implements JsonRpcFilter {
        @Override
        public boolean appliesTo(String method) {
            return method.startsWith("quota.");
        }

        @Override
        public Uni<Void> beforeAsync(JsonRpcContext call, JsonNode params) {
            if (call.method().equals("quota.slowlyDecided")) {
                return Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(1500));
            }
            return Uni.createFrom().<Void> item(() -> {
                events.add("quota decided " + call.method() + " off the event loop " + !Context.isOnEventLoopThread());
                if (call.method().equals("quota.exceeded")) {
                    throw new JsonRpcException(-32029, "Quota exceeded");
                }
                return null;
            }).runSubscriptionOn(Infrastructure.getDefaultExecutor());
        }

        @Override
        public void after(JsonRpcContext call, Object result, JsonRpcException error) {
            events.add("quota after " + call.method() + (error == null ? "" : " error " + error.getCode()));
            afterThreads.put(call.method(), Thread.currentThread().getName());
        }
    }

    /** Around {@code ordered} only, with the priority just before the default one. */
    @Singleton
    @Priority(JsonRpcFilter.DEFAULT_PRIORITY - 1)
    public static class JustBeforeTheDefault implements JsonRpcFilter {
        @Override
        public boolean appliesTo(String method) {
            return method.equals("ordered");
        }

        @Override
        public void before(JsonRpcContext call, JsonNode params) {
            events.add("priority 4999 " + call.method());
        }
    }

    /** Around {@code ordered} only, with the priority just after the default one. */
    @Singleton
    @Priority(JsonRpcFilter.DEFAULT_PRIORITY + 1)
    public static class JustAfterTheDefault implements JsonRpcFilter {
        @Override
        public boolean appliesTo(String method) {
            return method.equals("ordered");
        }

        @Override
        public void before(JsonRpcContext call, JsonNode params) {
            events.add("priority 5001 " + call.method());
        }
    }

    /** Applies to the admin namespace only. */
    @Singleton
    @Priority(1)
    public static class AdminOnly implements JsonRpcFilter {
        @Override
        public boolean appliesTo(String method) {
            return method.startsWith("admin.");
        }

        @Override
        public void before(JsonRpcContext call, JsonNode params) {
            throw new JsonRpcException(-32003, "Admins only");
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @BeforeEach
    void clear() {
        events.clear();
        afterThreads.clear();
    }

    JsonRpcTestClient client(String transport, String tenant) {
        JsonRpcTestClient.Builder builder = JsonRpcTestClient.builder().header("X-Tenant", tenant);
        return transport.equals(TransportClients.HTTP) ? builder.http(uri) : builder.ws(uri);
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void filtersSeeTheCallInTheOrderOfTheirPriorityAndItsOutcomeInReverse(String transport) {
        try (JsonRpcTestClient client = client(transport, "acme")) {
            String connection = client.call(String.class, "connection");
            assertThat(client.call(String.class, "echo", "hi")).isEqualTo("hi");
            assertThat(client.callForError("fail").code()).isEqualTo(-32603);

            assertThat(events).containsExactly(
                    "audit echo[\"hi\"] over " + transport + " connection " + connection + " anonymous true tenant acme",
                    "last echo",
                    "echo runs",
                    "audit after echo result hi",
                    "audit fail[] over " + transport + " connection " + connection + " anonymous true tenant acme",
                    "last fail",
                    "audit after fail error -32603 boom");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void aFilterRefusesACallBeforeItRuns(String transport) {
        try (JsonRpcTestClient client = client(transport, "initech")) {
            String connection = client.call(String.class, "connection");
            JsonRpcErrorException refused = client.callForError("echo", "hi");

            assertThat(refused.code()).isEqualTo(-32043);
            assertThat(refused.message()).isEqualTo("Unknown tenant");
            assertThat(refused.data().asText()).isEqualTo("initech");
            // neither the method nor the filter after the refusing one saw it; the filters before it are told
            assertThat(events).containsExactly(
                    "audit echo[\"hi\"] over " + transport + " connection " + connection
                            + " anonymous true tenant initech",
                    "audit after echo error -32043 Unknown tenant");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void aFilterAppliesToTheMethodsItChooses(String transport) {
        try (JsonRpcTestClient client = client(transport, "acme")) {
            JsonRpcErrorException refused = client.callForError("admin.reset");

            assertThat(refused.code()).isEqualTo(-32003);
            assertThat(refused.message()).isEqualTo("Admins only");
            // the first of the filters: none of the others saw the call
            assertThat(events).isEmpty();
            assertThat(client.call(String.class, "echo", "hi")).isEqualTo("hi");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void aFilterThatDecidesLaterHoldsTheCallAndItGoesOnWhereItCameFrom(String transport) {
        try (JsonRpcTestClient client = client(transport, "acme")) {
            ThreadInfo onEventLoop = client.call(ThreadInfo.class, "quota.onEventLoop");
            ThreadInfo onWorker = client.call(ThreadInfo.class, "quota.onWorker");

            // each method still runs on the thread its signature asks for
            assertThat(onEventLoop.eventLoop()).isTrue();
            assertThat(onWorker.eventLoop()).isFalse();
            assertThat(onWorker.blockingAllowed()).isTrue();
            // after runs on the thread that completed the call: the method's, here
            assertThat(afterThreads).containsEntry("quota.onEventLoop", onEventLoop.name())
                    .containsEntry("quota.onWorker", onWorker.name());
            // the decision completed on a worker; the filters after it ran back on the event loop, then the method
            assertThat(events).filteredOn(event -> !event.startsWith("audit")).containsExactly(
                    "quota decided quota.onEventLoop off the event loop true",
                    "last quota.onEventLoop on the event loop true",
                    "quota after quota.onEventLoop",
                    "quota decided quota.onWorker off the event loop true",
                    "last quota.onWorker on the event loop true",
                    "quota after quota.onWorker");
        }
    }

    /** A method's timeout counts from its dispatch, once its filters have let it run, not while they decide. */
    @Test
    void aMethodsTimeoutDoesNotCountTheTimeItsFiltersTakeToDecide() {
        try (JsonRpcTestClient client = client(TransportClients.HTTP, "acme")) {
            assertThat(client.call(String.class, "quota.slowlyDecided")).isEqualTo("ran");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void aFilterThatDecidesLaterRefusesWithTheErrorItsDecisionFailsWith(String transport) {
        try (JsonRpcTestClient client = client(transport, "acme")) {
            JsonRpcErrorException refused = client.callForError("quota.exceeded");

            assertThat(refused.code()).isEqualTo(-32029);
            assertThat(refused.message()).isEqualTo("Quota exceeded");
            // neither the method nor the filters after it saw the call; it and those before it are told, in reverse
            assertThat(events).filteredOn(event -> !event.startsWith("audit quota.exceeded")).containsExactly(
                    "quota decided quota.exceeded off the event loop true",
                    "quota after quota.exceeded error -32029",
                    "audit after quota.exceeded error -32029 Quota exceeded");
        }
    }

    /**
     * A number with a fraction reaches the filters exact, as written: {@code 1.50}, not the double {@code 1.5}. Sent
     * as raw JSON: the test client's mapper would write the number it is given without its trailing zero.
     */
    @Test
    void filtersSeeADecimalParamAsWritten() {
        String response = HttpRpc.call(uri.toString(),
                "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[1.50],\"id\":1}", "X-Tenant", "acme");

        assertThat(response).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1.50\",\"id\":1}");
        assertThat(events.get(0)).isEqualTo("audit echo[1.50] over HTTP connection null anonymous true tenant acme");
    }

    /**
     * A call cancelled because its connection closed is not told to the filters. The method's own end, which the
     * cancellation reaches after the filters' place in the call, closes the wait.
     */
    @Test
    void aCallCancelledBecauseItsConnectionClosedIsNotTold() {
        try (JsonRpcTestClient client = client(TransportClients.WEBSOCKET, "acme")) {
            client.notify("hang");
            await().atMost(Duration.ofSeconds(10)).until(() -> events.contains("hang runs"));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> events.contains("hang cancelled"));

        assertThat(events).filteredOn(event -> !event.startsWith("audit hang[]"))
                .containsExactly("last hang", "hang runs", "hang cancelled");
    }

    /** A filter without {@code @Priority} has the default one, 5000, quarkus-rest's {@code Priorities.USER}. */
    @Test
    void aFilterWithoutPriorityHasTheDefaultOne() {
        try (JsonRpcTestClient client = client(TransportClients.HTTP, "acme")) {
            assertThat(client.call(String.class, "ordered")).isEqualTo("ordered");

            assertThat(JsonRpcFilter.DEFAULT_PRIORITY).isEqualTo(5000);
            assertThat(events).filteredOn(event -> !event.startsWith("audit")).containsExactly(
                    "priority 4999 ordered", "last ordered", "priority 5001 ordered");
        }
    }

    /**
     * The extension's own methods and a name no method has are not filtered: a tenant every filter would refuse
     * gets their answers, and no filter hears of them.
     */
    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void theExtensionsOwnMethodsAndUnknownNamesAreNotFiltered(String transport) {
        try (JsonRpcTestClient client = client(transport, "initech")) {
            assertThat(client.call("rpc.discover").path("openrpc").isTextual()).isTrue();
            if (transport.equals(TransportClients.WEBSOCKET)) {
                assertThat(client.call(boolean.class, "rpc.unsubscribe", "no-such-subscription")).isFalse();
            }
            JsonRpcErrorException unknown = client.callForError("nope");
            assertThat(unknown.code()).isEqualTo(-32601);
            assertThat(unknown.message()).isEqualTo("Method not found");

            assertThat(events).isEmpty();
        }
    }
}
