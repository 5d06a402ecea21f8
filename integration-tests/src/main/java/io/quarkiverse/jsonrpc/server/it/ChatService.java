package io.quarkiverse.jsonrpc.server.it;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcNotifier;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A small chat: rooms are groups, what is said in a room is a notification to its members on every instance, and
 * {@code ticks} streams a subscription.
 */
public class ChatService {

    @Inject
    JsonRpcNotifier notifier;

    /** Enters a room; returns the rooms the connection is in. */
    @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
    public java.util.Set<String> join(String room, JsonRpcContext context) {
        context.join(room);
        return context.groups();
    }

    @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
    public java.util.Set<String> leave(String room, JsonRpcContext context) {
        context.leave(room);
        return context.groups();
    }

    /** Sends every member of the room, on every instance, {@code chat.message}. */
    @JsonRpc
    public Uni<Void> say(String room, String text) {
        return notifier.group(room).send("chat.message", new ChatMessage(room, text));
    }

    /**
     * Says each text in the room, in order, without waiting for one to be delivered before sending the next: a burst
     * of notifications, as a job that relays a feed sends them.
     */
    @JsonRpc
    public Uni<Void> sayAll(String room, List<String> texts) {
        return Uni.join().all(texts.stream().map(text -> say(room, text)).toList()).andFailFast().replaceWithVoid();
    }

    /** Sends every connection, on every instance, {@code chat.announcement}. */
    @JsonRpc
    public Uni<Void> announce(String text) {
        return notifier.all().send("chat.announcement", Map.of("text", text));
    }

    /** The id other connections can whisper to. */
    @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
    public String myId(JsonRpcContext context) {
        return context.connectionId();
    }

    /** Sends one connection, wherever it is connected, {@code chat.whisper}. */
    @JsonRpc
    public Uni<Void> whisper(String to, String text) {
        return notifier.connection(to).send("chat.whisper", Map.of("text", text));
    }

    /** The integers 0 … n-1, as a subscription. */
    @JsonRpc
    public Multi<Integer> ticks(int n) {
        return Multi.createFrom().range(0, n);
    }
}
