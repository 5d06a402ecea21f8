package io.quarkiverse.jsonrpc.client.it;

/** The params of the example app's {@code chat.message} notification. */
public record ChatMessage(String room, String text) {
}
