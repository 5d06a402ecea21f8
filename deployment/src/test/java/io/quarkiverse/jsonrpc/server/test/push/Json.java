package io.quarkiverse.jsonrpc.server.test.push;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;

final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }

    /** The next frames, in any order. */
    static List<JsonNode> frames(WebSocketTestConnection client, int count) {
        List<JsonNode> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(tree(client.next()));
        }
        return frames;
    }
}
