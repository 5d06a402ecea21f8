package io.quarkiverse.jsonrpc.server.it;

/** A point of the plane; as a param or a result it is the JSON object {@code {"x": 1, "y": 2}}. */
public record Point(int x, int y) {
}
