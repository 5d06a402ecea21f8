package io.quarkiverse.jsonrpc.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON-RPC over HTTP: one message POSTed, the response body returned. */
public final class HttpRpc {

    private HttpRpc() {
    }

    /** POSTs to the default path and expects {@code 200}. */
    public static String call(String message) {
        return call("/jsonrpc", message);
    }

    /** POSTs to the default path, expects {@code 200}, and reads the answer as JSON. */
    public static JsonNode answer(String message) {
        return Http.json(call(message));
    }

    /** POSTs to {@code path} with {@code headers} (names and values, alternately), and expects {@code 200}. */
    public static String call(String path, String message, String... headers) {
        HttpResponse<String> response = Http.post(path, message, headers);
        assertThat(response.statusCode()).as("status of POST %s %s: %s", path, message, response.body())
                .isEqualTo(200);
        return response.body();
    }
}
