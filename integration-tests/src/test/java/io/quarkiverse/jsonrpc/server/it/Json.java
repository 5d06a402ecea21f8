package io.quarkiverse.jsonrpc.server.it;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reading responses as JSON trees, so that tests compare meaning rather than spacing and member order. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + json, e);
        }
    }

    /**
     * A copy without the {@code data} member of any error: the specification's examples have none, while this server
     * adds a human-readable detail to -32700, -32600 and -32601.
     */
    static JsonNode withoutErrorData(JsonNode response) {
        JsonNode copy = response.deepCopy();
        if (copy.isArray()) {
            copy.forEach(Json::removeErrorData);
        } else {
            removeErrorData(copy);
        }
        return copy;
    }

    private static void removeErrorData(JsonNode response) {
        if (response.get("error") instanceof ObjectNode error) {
            error.remove("data");
        }
    }
}
