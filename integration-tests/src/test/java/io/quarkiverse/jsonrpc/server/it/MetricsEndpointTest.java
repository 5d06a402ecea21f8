package io.quarkiverse.jsonrpc.server.it;

import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** With quarkus-micrometer-registry-prometheus, every call shows up at {@code /q/metrics}. */
@QuarkusTest
class MetricsEndpointTest {

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void aCallIsTimedByMethod() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            client.call("subtract", 42, 23);
        }

        String metrics = get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).containsPattern(
                "jsonrpc_server_requests_seconds_count\\{[^}]*method=\"subtract\"[^}]*outcome=\"success\"[^}]*"
                        + "transport=\"http\"[^}]*} [1-9]");
        assertThat(metrics).contains("jsonrpc_server_connections", "jsonrpc_server_subscriptions",
                "jsonrpc_server_requests_active");
    }
}
