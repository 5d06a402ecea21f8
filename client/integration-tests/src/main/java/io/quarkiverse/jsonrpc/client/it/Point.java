package io.quarkiverse.jsonrpc.client.it;

/** The example app's point, as the client reads and writes it: {@code {"x": 1, "y": 2}}. */
public record Point(int x, int y) {
}
