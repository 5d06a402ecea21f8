package io.quarkiverse.jsonrpc.client.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quarkiverse.jsonrpc.client.OnJsonRpcNotification;

/** A bean receiving the chat's messages as they arrive on the {@code chat} client's connection. */
public class ChatLog {

    private final List<ChatMessage> received = new CopyOnWriteArrayList<>();

    @OnJsonRpcNotification(value = "chat.message", client = "chat")
    void onMessage(ChatMessage message) {
        received.add(message);
    }

    public List<ChatMessage> received() {
        return List.copyOf(received);
    }
}
