package io.quarkiverse.jsonrpc.server.test.devmode;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.test.Browser;
import io.quarkiverse.jsonrpc.server.test.DevModePort;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusDevModeTest;

/**
 * What only dev mode has, in one dev-mode application (each takes the longest boot of the suite):
 * <ul>
 * <li>the Dev UI's JSON-RPC card, in a real browser: the methods page lists the method, its form calls it over HTTP
 * and shows the response (and that the server closed its WebSocket), and calls the methods of an endpoint at its
 * paths; the recent calls page shows that call, then a failed call made while it is open;</li>
 * <li>live reload: an added, renamed or removed {@code @JsonRpc} method takes effect on the next request, over HTTP
 * and over a new WebSocket connection;</li>
 * <li>a reload closes the connections still open with 1001, running their close hooks in the application that
 * opened them, without an error.</li>
 * </ul>
 * They run in this order, the browser first, so that every run of the suite does the same.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class DevModeTest {

    @RegisterExtension
    static final QuarkusDevModeTest test = new QuarkusDevModeTest()
            .withApplicationRoot(
                    jar -> jar.addClasses(Calculator.class, Calculator.Color.class, Calculator.Point.class, Admin.class,
                            Tenants.class, Greetings.class, Hooks.class)
                            // a graceful shutdown timeout, which Quarkus ignores in dev mode: a reload waits for nobody
                            .addAsResource(new StringAsset(DevModePort.RANDOM_PORT + "quarkus.shutdown.timeout=10s\n"),
                                    "application.properties"))
            .setLogRecordPredicate(record -> DevModePort.startupLine(record) || Hooks.class.getName()
                    .equals(record.getLoggerName()) || record.getLevel().intValue() >= Level.SEVERE.intValue());

    @Test
    @Order(1)
    void devUiCallsThroughTheForm() throws Exception {
        JsonNode seen = new ObjectMapper().readTree(Browser.run("dev-ui-call.cjs",
                "http://localhost:" + DevModePort.of(test)));

        assertThat(seen.get("errors")).as("errors in the page").isEmpty();
        assertThat(seen.get("methods").asText()).contains("subtract", "The difference of two integers",
                "minuend: int", "subtrahend: int", "Calculator#subtract(int, int)", "@PermitAll");
        assertThat(seen.get("methodsFit").asBoolean()).as("the methods table fits a 1280 pixels wide page").isTrue();
        // named params with a placeholder per required param
        assertThat(seen.get("template").asText()).isEqualTo("{\n  \"minuend\": 0,\n  \"subtrahend\": 0\n}");
        assertThat(seen.get("status").asText()).matches("HTTP 200 · [0-9.]+ ms");
        // an enum's first constant and a record's required properties, which the server takes as they are
        assertThat(seen.get("schemaTemplate").asText()).isEqualTo("{\n  \"color\": \"RED\",\n  \"at\": {\n"
                + "    \"x\": 0,\n    \"y\": 0\n  }\n}");
        assertThat(seen.get("schemaTemplateCall").asText()).contains("\"result\": \"RED at 0,0\"");
        assertThat(seen.get("response").asText()).isEqualTo("{\n  \"jsonrpc\": \"2.0\",\n  \"result\": 19,\n"
                + "  \"id\": 1\n}");
        // a call over HTTP after a stream: its answer shows, the stream's connection is closed
        assertThat(seen.get("afterStream").asText()).isEqualTo("{\n  \"jsonrpc\": \"2.0\",\n  \"result\": 2,\n"
                + "  \"id\": 3\n}");
        assertThat(seen.get("streamClosed").asBoolean()).as("the stream's connection closed").isTrue();
        assertThat(seen.get("streamClosedOnChoice").asBoolean()).as("closed as another method is chosen").isTrue();
        assertThat(seen.get("responseOnChoice").asText()).isEmpty();
        assertThat(seen.get("failedStreamStatus").asText()).isEqualTo("status error");
        // a notification before the answer is not the answer: the call failed, timed when its answer came
        assertThat(seen.get("noticeThenError").asText()).isEqualTo("status error");
        assertThat(seen.get("noticeThenErrorStatus").asText()).matches("WebSocket · [0-9.]+ ms");
        // an endpoint's OpenRPC page opens from its address, as on a reload
        assertThat(seen.get("endpointDocuments")).extracting(JsonNode::asText).satisfiesExactly(
                admin -> assertThat(admin).endsWith("/q/dev-ui/quarkus-jsonrpc-server/openrpc-document-of-admin"),
                tenants -> assertThat(tenants).endsWith("/openrpc-document-of-tenants-tenant"));
        // 500 items and the completion: the response with the subscription's id, then the last 100 messages
        String burst = seen.get("burst").asText();
        assertThat(burst).startsWith("{\n  \"jsonrpc\": \"2.0\",\n  \"result\": ")
                .contains("\n… 401 more not shown: the first message and the last 100 are\n")
                .contains("\"result\": 401\n").doesNotContain("\"result\": 400\n")
                .contains("\"result\": 499\n").endsWith("\"complete\": true\n  }\n}");
        assertThat(burst.split("rpc.subscription", -1)).hasSize(101);
        assertThat(seen.get("burstBox").get("scrolls").asBoolean()).as("the messages scroll in their box").isTrue();
        assertThat(seen.get("burstBox").get("withinWindow").asBoolean()).as("the box within the window").isTrue();
        // a long beyond 2^53, which a JavaScript number would round: sent and shown as written
        assertThat(seen.get("bigNumber").asText()).isEqualTo("{\n  \"jsonrpc\": \"2.0\",\n"
                + "  \"result\": -9007199254740993,\n  \"id\": 5\n}");
        // a connection the server closed, whatever it answered before
        assertThat(seen.get("hungUp").asText()).endsWith("closed by the server: 4000 Hung up");
        // methods of an endpoint, listed with it and called at its paths
        assertThat(seen.get("methods").asText()).contains("at /admin");
        assertThat(seen.get("atEndpoint").asText()).contains("\"result\": \"/admin says 2\"");
        assertThat(seen.get("atEndpointOverWebSocket").asText()).startsWith("WebSocket")
                .contains("\"result\": \"/admin echoes hi\"");
        // a path parameter's value, as given in the form
        assertThat(seen.get("withPathParam").asText()).contains("\"result\": \"tenant acme corp\"");
        assertThat(seen.get("pathParamStyled").asBoolean()).as("the path parameter's field in the theme's colours")
                .isTrue();
        assertThat(seen.get("calls").asText()).contains("subtract", "HTTP", "result", "echo at /admin");
        assertThat(seen.get("liveCalls").asText()).contains("nope", "later", "error", "-32601", "Method not found",
                "notification");
        assertThat(seen.get("longError").asText()).contains("-32602 Invalid params: parameter 'color' cannot take"
                + " \"MAGENTAMAGENTA", "..., only one of \"RED\", \"GREEN\"");
        assertThat(seen.get("callsFit").asBoolean())
                .as("a long error shown whole, the recent calls within a 1280 pixels wide page").isTrue();
    }

    @Test
    @Order(2)
    void methodChangesTakeEffectWithoutRestart() {
        URI endpoint = URI.create("http://localhost:" + DevModePort.of(test) + "/jsonrpc");
        assertAnswers(endpoint, "hello", "Hello Ada");
        assertAnswers(endpoint, "bye", "Bye Ada");
        assertNotFound(endpoint, "shout");

        test.modifySourceFile(Greetings.class, source -> source.replace("// new methods go here",
                "@io.quarkiverse.jsonrpc.server.JsonRpc public String shout(String name) { return name.toUpperCase(); }"));
        assertAnswers(endpoint, "shout", "ADA");

        test.modifySourceFile(Greetings.class, source -> source.replace("public String hello(", "public String hi("));
        assertAnswers(endpoint, "hi", "Hello Ada");
        assertNotFound(endpoint, "hello");

        test.modifySourceFile(Greetings.class, source -> source.replace("@JsonRpc\n    public String bye(",
                "public String bye("));
        assertNotFound(endpoint, "bye");
        assertAnswers(endpoint, "hi", "Hello Ada");
    }

    @Test
    @Order(3)
    void aReloadClosesTheOpenConnectionsInTheApplicationThatOpenedThem() {
        URI endpoint = URI.create("http://localhost:" + DevModePort.of(test) + "/jsonrpc");
        try (WebSocketTestConnection open = WebSocketTestConnection.open(endpoint, Map.of("X-Name", "Grace"))) {
            assertThat(open.call("{\"jsonrpc\":\"2.0\",\"method\":\"hello\",\"params\":[\"Ada\"],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"Hello Ada\",\"id\":1}");
            int before = test.getLogRecords().size();

            test.modifySourceFile(Greetings.class, source -> source.replace("\"Hello \"", "\"Hi \""));
            assertAnswers(endpoint, "hello", "Hi Ada");

            assertThat(open.awaitClose()).isEqualTo(new CloseStatus(1001, "Server shutting down"));
            List<LogRecord> reload = test.getLogRecords().subList(before, test.getLogRecords().size());
            // the close hook ran once, in the application whose open hook stored the name
            assertThat(reload).map(LogWatch::message).containsOnlyOnce("Goodbye Grace");
            assertThat(reload).filteredOn(record -> record.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogWatch::message).isEmpty();
        }
    }

    /** A request that finds a source changed waits while the application is rebuilt. */
    private static JsonRpcTestClient.Builder client() {
        return JsonRpcTestClient.builder().timeout(Duration.ofMinutes(2));
    }

    /** Asks over a new WebSocket connection first, so that the upgrade request alone must pick up the change. */
    private static void assertAnswers(URI endpoint, String method, String result) {
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":[\"Ada\"],\"id\":1}";
        String response = "{\"jsonrpc\":\"2.0\",\"result\":\"" + result + "\",\"id\":1}";
        assertResponse(endpoint, request, response);
    }

    private static void assertNotFound(URI endpoint, String method) {
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":[\"Ada\"],\"id\":1}";
        String response = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
                + "\"data\":\"No method named '" + method + "'\"},\"id\":1}";
        assertResponse(endpoint, request, response);
    }

    private static void assertResponse(URI endpoint, String request, String response) {
        try (WebSocketTestConnection connection = client().connection(endpoint)) {
            assertThat(connection.call(request)).isEqualTo(response);
        }
        try (JsonRpcTestClient http = client().http(endpoint)) {
            assertThat(http.exchange(request)).isEqualTo(response);
        }
    }
}
