package io.quarkiverse.jsonrpc.client.it;

import java.util.Set;

import io.quarkiverse.jsonrpc.client.OnJsonRpcNotification;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** The example app's chat over one WebSocket connection, configured as {@code chat}. */
@RegisterJsonRpcClient(configKey = "chat")
public interface Chat {

    /** Enters a room: its messages then reach this connection. */
    @JsonRpc
    Set<String> join(String room);

    @JsonRpc
    Uni<Void> say(String room, String text);

    @JsonRpc
    String whoami();

    /** Every {@code chat.message} notification of the connection, while subscribed. */
    @OnJsonRpcNotification("chat.message")
    Multi<ChatMessage> messages();

    @JsonRpc
    Multi<Integer> ticks(int n);

    @JsonRpc
    Uni<Long> sleep(long ms);

    /** A number every {@code periodMs} milliseconds until cancelled. */
    @JsonRpc
    Multi<Long> heartbeat(long periodMs);
}
