package io.quarkiverse.jsonrpc.server.testing;

import com.fasterxml.jackson.databind.JsonNode;

/** The response to one call of a batch. */
public final class BatchResponse {

    private final JsonRpcTestClient client;
    private final JsonNode response;

    BatchResponse(JsonRpcTestClient client, JsonNode response) {
        this.client = client;
        this.response = response;
    }

    /** @throws JsonRpcErrorException when the call failed */
    public JsonNode result() {
        return client.codec.resultOf(response);
    }

    public <T> T result(Class<T> type) {
        return client.codec.convert(result(), type);
    }

    /** @throws AssertionError when the call returned a result */
    public JsonRpcErrorException error() {
        return JsonRpcTestClient.errorOf("the call of id " + response.path("id"), this::result);
    }

    /** The response as it came. */
    public JsonNode json() {
        return response;
    }

    /** The response as it came: what an assertion on a list of them prints when it fails. */
    @Override
    public String toString() {
        return response.toString();
    }
}
