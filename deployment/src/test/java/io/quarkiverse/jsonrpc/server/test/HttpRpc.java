package io.quarkiverse.jsonrpc.server.test;

import static io.restassured.RestAssured.given;

/** JSON-RPC over HTTP with rest-assured: one message POSTed, the response body returned. */
public final class HttpRpc {

    private HttpRpc() {
    }

    /** POSTs to the default path and expects {@code 200}. */
    public static String call(String message) {
        return call("/jsonrpc", message);
    }

    public static String call(String path, String message) {
        return given().contentType("application/json").body(message).post(path).then().statusCode(200).extract()
                .asString();
    }
}
