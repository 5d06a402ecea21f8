package io.quarkiverse.jsonrpc.server.it;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Methods to try a client with: an echo, slow calls, and a bug. */
public class Diagnostics {

    /** Returns its argument, whatever JSON it is. */
    @JsonRpc
    public JsonNode echo(JsonNode value) {
        return value;
    }

    /**
     * Answers after {@code ms} milliseconds without holding a thread meanwhile: a method returning {@code Uni} runs
     * on the event loop, so other calls, even on the same WebSocket connection, are answered while it waits.
     */
    @JsonRpc
    public Uni<Long> sleep(long ms) {
        Uni<Long> slept = Uni.createFrom().item(ms);
        // Mutiny rejects a delay of zero
        return ms > 0 ? slept.onItem().delayIt().by(Duration.ofMillis(ms)) : slept;
    }

    /**
     * Blocks its thread for {@code ms} milliseconds. A method returning a plain value runs on a worker thread, where
     * blocking is allowed.
     */
    @JsonRpc
    public long blockingSleep(long ms) throws InterruptedException {
        Thread.sleep(ms);
        return ms;
    }

    /**
     * A number every {@code periodMs} milliseconds until unsubscribed: a subscription that lives on its own clock, for
     * clients to try cancelling and reconnecting with.
     */
    @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
    public Multi<Long> heartbeat(long periodMs) {
        return Multi.createFrom().ticks().every(Duration.ofMillis(periodMs));
    }

    /** A bug: the client gets {@code -32603 Internal error}, with the exception's message in dev and test mode. */
    @JsonRpc
    public void fail() {
        throw new RuntimeException("Something went wrong");
    }
}
