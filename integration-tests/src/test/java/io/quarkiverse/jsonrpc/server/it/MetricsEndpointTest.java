package io.quarkiverse.jsonrpc.server.it;

import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** With quarkus-micrometer-registry-prometheus, every call shows up at {@code /q/metrics}. */
@QuarkusTest
class MetricsEndpointTest {

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @TestHTTPResource("/ops")
    URI ops;

    /** By method and path: {@code ping} at {@code /ops} is not the {@code ping} at {@code /jsonrpc}. */
    @Test
    void aCallIsTimedByMethodAndPath() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint);
                JsonRpcTestClient operator = Users.client(JsonRpcTransport.HTTP, ops, "alice")) {
            client.call("subtract", 42, 23);
            operator.call("ping");
        }

        String metrics = get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).containsPattern(
                "jsonrpc_server_requests_seconds_count\\{[^}]*method=\"subtract\"[^}]*outcome=\"SUCCESS\"[^}]*"
                        + "transport=\"http\",uri=\"/jsonrpc\"} [1-9]");
        assertThat(metrics).containsPattern(
                "jsonrpc_server_requests_seconds_count\\{[^}]*method=\"ping\"[^}]*outcome=\"SUCCESS\"[^}]*"
                        + "transport=\"http\",uri=\"/ops\"} [1-9]");
        assertThat(metrics).contains("jsonrpc_server_connections", "jsonrpc_server_subscriptions",
                "jsonrpc_server_requests_active");
    }

    /** Next to the metrics, the readiness check of the broadcast, as the observability guide lists it. */
    @Test
    void theBroadcastHasAReadinessCheck() {
        get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'JSON-RPC broadcast' }.status", is("UP"))
                .body("checks.find { it.name == 'JSON-RPC broadcast' }.data.broadcast", is("local"));
    }

    /** Micrometer's {@code @Counted} is an interceptor binding: it counts the calls of a method, over both transports. */
    @Test
    void anInterceptedMethodIsCountedOverBothTransports() {
        double succeeded = lookups("none", "success");
        double failed = lookups("NoSuchElementException", "failure");
        try (JsonRpcTestClient http = JsonRpcTestClient.http(endpoint);
                JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint)) {
            assertThat(http.call(int.class, "lookup", "answer")).isEqualTo(42);
            assertThat(ws.call(int.class, "lookup", "answer")).isEqualTo(42);
            assertThat(ws.callForError("lookup", "question").code()).isEqualTo(404);
        }

        assertThat(lookups("none", "success")).isEqualTo(succeeded + 2);
        assertThat(lookups("NoSuchElementException", "failure")).isEqualTo(failed + 1);
    }

    /** The {@code lookups} counter of one outcome; 0 before its first count. */
    private static double lookups(String exception, String result) {
        String metrics = get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("(?m)^lookups_total\\{[^}]*exception=\"" + exception + "\"[^}]*result=\""
                + result + "\"[^}]*} (\\S+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
