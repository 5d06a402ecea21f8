package io.quarkiverse.jsonrpc.server.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What HTTP itself says: {@code 200} with a JSON-RPC response, errors included (by default), {@code 204} when there is
 * nothing to answer, and the status codes of a request that is not a JSON-RPC {@code POST}.
 */
@QuarkusTest
class HttpStatusTest {

    private static final String SUBTRACT = """
            {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1}""";

    @Test
    void okWithAResult() {
        given().contentType("application/json").body(SUBTRACT)
                .post("/jsonrpc")
                .then().statusCode(200).contentType("application/json").body("result", is(19));
    }

    @Test
    void okWithAnError() {
        given().contentType("application/json").body("""
                {"jsonrpc": "2.0", "method": "foobar", "id": 1}""")
                .post("/jsonrpc")
                .then().statusCode(200).contentType("application/json").body("error.code", is(-32601));
    }

    @Test
    void noContentForANotification() {
        given().contentType("application/json").body("""
                {"jsonrpc": "2.0", "method": "update", "params": [1, 2]}""")
                .post("/jsonrpc")
                .then().statusCode(204).body(is(emptyString()));
    }

    @Test
    void noContentForABatchOfNotifications() {
        given().contentType("application/json").body("""
                [{"jsonrpc": "2.0", "method": "notify_sum", "params": [1, 2, 4]},
                 {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]}]""")
                .post("/jsonrpc")
                .then().statusCode(204).body(is(emptyString()));
    }

    @Test
    void methodNotAllowedForGet() {
        given().get("/jsonrpc")
                .then().statusCode(405).header("Allow", "POST, OPTIONS");
    }

    @Test
    void methodNotAllowedForPut() {
        given().contentType("application/json").body(SUBTRACT)
                .put("/jsonrpc")
                .then().statusCode(405).header("Allow", "POST, OPTIONS");
    }

    @Test
    void unsupportedMediaTypeForText() {
        given().contentType("text/plain").body(SUBTRACT)
                .post("/jsonrpc")
                .then().statusCode(415);
    }

    @Test
    void unsupportedMediaTypeWithoutContentType() {
        given().body(SUBTRACT.getBytes(StandardCharsets.UTF_8))
                .post("/jsonrpc")
                .then().statusCode(415);
    }

    /** The JSON-RPC-over-HTTP draft names two more media types; parameters such as the charset do not matter. */
    @Test
    void otherJsonMediaTypes() {
        for (String type : new String[] { "application/json-rpc", "application/jsonrequest",
                "application/json; charset=UTF-8", "Application/JSON" }) {
            given().contentType(type).body(SUBTRACT.getBytes(StandardCharsets.UTF_8))
                    .post("/jsonrpc")
                    .then().statusCode(200).body("result", is(19));
        }
    }

    @Test
    void parseErrorForABodyThatIsNotUtf8() {
        byte[] latin1 = "{\"jsonrpc\": \"2.0\", \"method\": \"echo\", \"params\": [\"d\u00e9j\u00e0\"], \"id\": 1}"
                .getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("application/json").body(latin1)
                .post("/jsonrpc")
                .then().statusCode(200).body("error.code", is(-32700), "id", is((Object) null));
    }
}
