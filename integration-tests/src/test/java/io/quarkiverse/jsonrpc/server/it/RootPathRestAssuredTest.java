package io.quarkiverse.jsonrpc.server.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With {@code quarkus.http.root-path=/api}, a {@code @QuarkusTest} reaches JSON-RPC as the guide tells it to:
 * {@code @TestHTTPResource("/jsonrpc")} is {@code /api/jsonrpc}, and REST Assured's paths are under the root path
 * already, so that {@code post("/jsonrpc")} is answered. That both transports and the OpenRPC document are under the
 * root path is the server extension's {@code RootPathTest}.
 */
@QuarkusTest
@TestProfile(SharedProfiles.AnonymousAdminExtensionChecksOffRootPath.class)
class RootPathRestAssuredTest {

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void restAssuredPostsUnderTheRootPath() {
        assertThat(endpoint.getPath()).isEqualTo("/api/jsonrpc");
        String answer = given().contentType("application/json")
                .body("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[42,23],\"id\":1}")
                .post("/jsonrpc").then().statusCode(200).extract().asString();
        assertThat(answer).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":1}");
    }
}
