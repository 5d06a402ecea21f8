package io.quarkiverse.jsonrpc.server.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With {@code quarkus.jsonrpc-server.http.error-status-codes=true}, a single error response carries the status code
 * the JSON-RPC-over-HTTP draft gives its error code; batches stay {@code 200}.
 */
@QuarkusTest
@TestProfile(HttpErrorStatusCodesTest.ErrorStatusCodes.class)
class HttpErrorStatusCodesTest {

    public static class ErrorStatusCodes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.jsonrpc-server.http.error-status-codes", "true");
        }
    }

    @Test
    void resultIsOk() {
        post("""
                {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1}""", 200, 0);
    }

    @Test
    void parseErrorIsInternalServerError() {
        post("""
                {"jsonrpc": "2.0", "method": """, 500, -32700);
    }

    @Test
    void invalidRequestIsBadRequest() {
        post("""
                {"jsonrpc": "2.0", "method": 1, "id": 1}""", 400, -32600);
    }

    @Test
    void methodNotFoundIsNotFound() {
        post("""
                {"jsonrpc": "2.0", "method": "foobar", "id": 1}""", 404, -32601);
    }

    @Test
    void invalidParamsIsInternalServerError() {
        post("""
                {"jsonrpc": "2.0", "method": "subtract", "params": [42], "id": 1}""", 500, -32602);
    }

    @Test
    void internalErrorIsInternalServerError() {
        post("""
                {"jsonrpc": "2.0", "method": "fail", "id": 1}""", 500, -32603);
    }

    @Test
    void applicationErrorIsInternalServerError() {
        post("""
                {"jsonrpc": "2.0", "method": "math.divide", "params": [1, 0], "id": 1}""", 500, 1001);
    }

    @Test
    void unauthorizedIs401() {
        post("""
                {"jsonrpc": "2.0", "method": "whoami", "id": 1}""", 401, -32001);
    }

    @Test
    void forbiddenIs403() {
        given().auth().preemptive().basic("bob", "bob").contentType("application/json").body("""
                {"jsonrpc": "2.0", "method": "secret", "id": 1}""")
                .post("/jsonrpc")
                .then().statusCode(403).body("error.code", is(-32003));
    }

    @Test
    void batchOfErrorsIsOk() {
        given().contentType("application/json").body("""
                [{"jsonrpc": "2.0", "method": "foobar", "id": 1}]""")
                .post("/jsonrpc")
                .then().statusCode(200).body("[0].error.code", is(-32601));
    }

    private static void post(String request, int status, int errorCode) {
        var response = given().contentType("application/json").body(request)
                .post("/jsonrpc")
                .then().statusCode(status).contentType("application/json");
        if (errorCode != 0) {
            response.body("error.code", is(errorCode));
        }
    }
}
