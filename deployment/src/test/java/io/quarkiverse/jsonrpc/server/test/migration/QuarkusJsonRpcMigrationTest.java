package io.quarkiverse.jsonrpc.server.test.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.server.JsonRpcNotifier;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcSubscription;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * An application moved from the quarkus-json-rpc extension as the guide "Coming from Quarkus JSON-RPC" says: the old
 * method names kept with {@code @JsonRpc}, the old path kept for both transports and the OpenRPC document, and what
 * a client sees differently on the wire.
 */
public class QuarkusJsonRpcMigrationTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(GreetingService.class, GreetService.class, Sums.class,
                    Ticks.class, TimeoutMappers.class))
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.path", "/json-rpc")
            .overrideConfigKey("quarkus.jsonrpc-server.http.path", "/json-rpc");

    @TestHTTPResource("/json-rpc")
    URI endpoint;

    @Inject
    JsonRpcNotifier notifier;

    /** The guide's example: the name existing clients call, kept. */
    public static class GreetingService {

        @JsonRpc("GreetingService#hello")
        public String hello(String name) {
            return "Hello " + name;
        }
    }

    @JsonRpcNamespace("greet")
    public static class GreetService {

        @JsonRpc
        public String hello(String name) {
            return "Hi " + name;
        }

        @JsonRpc("greet#hello")
        public String oldHello(String name) {
            return "Hi again " + name;
        }
    }

    public static class Sums {

        @JsonRpc
        public int sum(int... values) {
            int sum = 0;
            for (int value : values) {
                sum += value;
            }
            return sum;
        }

        @JsonRpc
        public int total(int[] values) {
            return sum(values);
        }

        @JsonRpc
        public Uni<String> slow() {
            return Uni.createFrom().<String> nothing().ifNoItem().after(Duration.ofMillis(1)).fail();
        }
    }

    public static class Ticks {

        @JsonRpc
        public Multi<Integer> ticks() {
            return Multi.createFrom().items(1, 2);
        }
    }

    /** The mapper the guide gives for a method's own TimeoutException. */
    public static class TimeoutMappers {

        @JsonRpcExceptionMapper({ io.smallrye.mutiny.TimeoutException.class,
                java.util.concurrent.TimeoutException.class })
        JsonRpcException timedOut(Exception e) {
            return new JsonRpcException(JsonRpcErrorCodes.TIMEOUT, "Call timed out");
        }
    }

    @Test
    void theOldNamesAndPathServeBothTransports() {
        String hello = "{\"jsonrpc\":\"2.0\",\"method\":\"GreetingService#hello\",\"params\":[\"Ada\"],\"id\":1}";
        String answer = "{\"jsonrpc\":\"2.0\",\"result\":\"Hello Ada\",\"id\":1}";

        assertThat(HttpRpc.call("/json-rpc", hello)).isEqualTo(answer);
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint)) {
            assertThat(ws.exchange(hello)).isEqualTo(answer);
        }
    }

    @Test
    void theOpenRpcDocumentIsAtTheOldUrl() {
        String document = Http.getJson("/json-rpc/openrpc.json").toString();

        assertThat(document).contains("\"GreetingService#hello\"", "\"greet.hello\"");
    }

    @Test
    void aNamespaceIsPutInFrontOfAGivenNameToo() {
        assertThat(call("{\"jsonrpc\":\"2.0\",\"method\":\"greet.hello\",\"params\":[\"Ada\"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"Hi Ada\",\"id\":1}");
        assertThat(HttpRpc.call("/json-rpc",
                "{\"jsonrpc\":\"2.0\",\"method\":\"greet.greet#hello\",\"params\":[\"Ada\"],\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"Hi again Ada\",\"id\":2}");
    }

    @Test
    void varargsTakeTheRemainingPositionalParams() {
        assertThat(call("{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":[1,2,3],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":6,\"id\":1}");
        assertThat(call("{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":{\"values\":[1,2,3]},\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":6,\"id\":2}");
        assertThat(call("{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":[[1,2,3]],\"id\":3}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,\"message\":\"Invalid params: 'values[0]'"
                        + " cannot take an array as an integer\"},\"id\":3}");
    }

    @Test
    void anArrayKeepsTheOldPositionalForm() {
        assertThat(call("{\"jsonrpc\":\"2.0\",\"method\":\"total\",\"params\":[[1,2,3]],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":6,\"id\":1}");
        assertThat(call("{\"jsonrpc\":\"2.0\",\"method\":\"total\",\"params\":{\"values\":[1,2,3]},\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":6,\"id\":2}");
    }

    @Test
    void paramsNeitherArrayNorObjectAreAnInvalidRequestWithTheRequestsId() {
        assertThat(call("{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":3,\"id\":7}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request\",\"data\":"
                        + "\"'params' must be an array or an object, not a number\"},\"id\":7}");
    }

    @Test
    void aMethodsOwnTimeoutIsMappedToTheTimeoutCode() {
        assertThat(call("{\"jsonrpc\":\"2.0\",\"method\":\"slow\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32004,\"message\":\"Call timed out\"},\"id\":1}");
    }

    @Test
    void subscriptionIdsAreNumberedPerConnectionAndEndedWithRpcUnsubscribe() {
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint)) {
            JsonRpcSubscription first = ws.subscribe("ticks");
            JsonRpcSubscription second = ws.subscribe("ticks");

            assertThat(first.id()).isEqualTo("1");
            assertThat(second.id()).isEqualTo("2");
            assertThat(first.awaitItems()).hasSize(2);
            // the old extension's unsubscribe is no method here; rpc.unsubscribe answers, false for an ended stream
            JsonRpcErrorException oldName = ws.callForError("unsubscribe", "1");
            assertThat(oldName.code()).isEqualTo(-32601);
            assertThat(oldName.message()).isEqualTo("Method not found");
            assertThat(ws.call(boolean.class, "rpc.unsubscribe", "1")).isFalse();
        }
    }

    @Test
    void aBroadcastOfAStringFails() {
        assertThatThrownBy(() -> notifier.all().sendAndAwait("news", "hello"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The params of notification news are hello,"
                        + " a String: JSON-RPC takes an array or an object (or none), such as List.of(value) or"
                        + " Map.of(\"name\", value)");
    }

    @Test
    void aNotificationToAConnectionThatIsNotOpenCompletes() {
        // where JsonRPCBroadcaster.send answered false: with Redis, the connection may be open on another instance
        notifier.connection("no-such-connection").sendAndAwait("alert", Map.of("message", "hello"));
    }

    @Test
    void theGuidesExampleIsThisTestsService() throws Exception {
        String guide = Files.readString(Path.of("../docs/modules/ROOT/pages/migration-quarkus-json-rpc.adoc"));
        int start = guide.indexOf("@JsonRpc(\"GreetingService#hello\")");
        String method = guide.substring(start, guide.indexOf("}", start) + 1);
        String source = Files.readString(Path.of("src/test/java/" + getClass().getName().replace('.', '/') + ".java"));

        assertThat(normalized(source)).contains(normalized(method));
    }

    private static String normalized(String java) {
        return java.replaceAll("\\s+", " ").trim();
    }

    private static String call(String message) {
        return HttpRpc.call("/json-rpc", message);
    }
}
