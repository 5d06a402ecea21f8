package io.quarkiverse.jsonrpc.server.test.devmode;

import java.time.Duration;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

public class Calculator {

    @JsonRpc(summary = "The difference of two integers")
    @PermitAll
    public int subtract(int minuend, int subtrahend) {
        return minuend - subtrahend;
    }

    public enum Color {
        RED,
        GREEN
    }

    public record Point(int x, int y) {
    }

    /** Params whose Java types alone say nothing of their JSON: the form's template takes them from their schemas. */
    @JsonRpc
    @PermitAll
    public String paint(Color color, Point at) {
        return color + " at " + at.x() + "," + at.y();
    }

    /** A long no JavaScript number holds exactly: the form sends and shows it as written. */
    @JsonRpc
    @PermitAll
    public long negate(long value) {
        return -value;
    }

    /** Closes its own connection, as an application may: the form says the server closed it, and why. */
    @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
    @PermitAll
    public void hangUp(WebSocketConnection connection) {
        connection.close(new CloseReason(4000, "Hung up")).subscribe().with(closed -> {
        }, failure -> {
        });
    }

    /** More items than the form shows: the first message and the last ones. */
    @JsonRpc
    @PermitAll
    public Multi<Integer> burst() {
        return Multi.createFrom().range(0, 500);
    }

    /** A stream without end: the form shows its items until the next call closes its connection. */
    @JsonRpc
    @PermitAll
    public Multi<Long> ticks() {
        return Multi.createFrom().ticks().every(Duration.ofMillis(50));
    }

    /** Tells its client it started, then refuses: the form shows the call failed, timed to the answer. */
    @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
    @PermitAll
    public Uni<String> refuseAfterNotice(JsonRpcContext context) {
        return context.notify("notice", List.of("started"))
                .chain(() -> Uni.createFrom().<String> failure(new JsonRpcException(4000, "Refused after the notice")));
    }

    /** A stream that fails after its first item: the form shows the call failed. */
    @JsonRpc
    @PermitAll
    public Multi<Integer> failing() {
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(1),
                Multi.createFrom().failure(new IllegalStateException("stream broke")));
    }
}
