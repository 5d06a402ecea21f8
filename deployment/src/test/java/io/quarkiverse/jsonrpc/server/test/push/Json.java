package io.quarkiverse.jsonrpc.server.test.push;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.test.WsClient;

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
    static List<JsonNode> frames(WsClient client, int count) throws InterruptedException {
        List<JsonNode> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(tree(client.next(Duration.ofSeconds(5))));
        }
        return frames;
    }
}
