package io.quarkiverse.jsonrpc.client.test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcNotifier;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** The server side, in the same application: the client calls it over the real HTTP and WebSocket endpoints. */
public class CalculatorServer {

    private final List<String> recorded = new CopyOnWriteArrayList<>();

    @Inject
    JsonRpcNotifier notifier;

    @JsonRpc
    public int subtract(int minuend, int subtrahend) {
        return minuend - subtrahend;
    }

    @JsonRpc
    public int sum(int... values) {
        int sum = 0;
        for (int value : values) {
            sum += value;
        }
        return sum;
    }

    @JsonRpc
    public String echo(String text) {
        return text;
    }

    /** A result as large as a test needs, from a small request. */
    @JsonRpc
    public String repeat(String text, int times) {
        return text.repeat(times);
    }

    @JsonRpc
    public List<Calculator.Point> mirror(List<Calculator.Point> points) {
        return points.stream().map(p -> new Calculator.Point(-p.x(), -p.y())).toList();
    }

    @JsonRpc
    public Optional<Calculator.Point> pointAt(List<Calculator.Point> points, int index) {
        return index < points.size() ? Optional.of(points.get(index)) : Optional.empty();
    }

    @JsonRpc
    public BigDecimal exact(BigDecimal value) {
        return value;
    }

    @JsonRpc
    public String transfer(@JsonProperty("from_account") String fromAccount, int amount) {
        return amount + " from " + fromAccount;
    }

    @JsonRpc
    public void record(String entry) {
        recorded.add(entry);
    }

    @JsonRpc
    public List<String> recorded() {
        return List.copyOf(recorded);
    }

    @JsonRpc
    public double sqrt(double value) {
        if (value < 0) {
            throw new JsonRpcException(-32011, "Square root of a negative number", value);
        }
        return Math.sqrt(value);
    }

    @JsonRpc
    public Uni<Long> sleep(long millis) {
        return Uni.createFrom().item(millis).onItem().delayIt().by(Duration.ofMillis(millis));
    }

    @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
    public Multi<Integer> ticks(int n) {
        return Multi.createFrom().range(0, n);
    }

    @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
    public Multi<Long> clock() {
        return Multi.createFrom().ticks().every(Duration.ofMillis(10));
    }

    /** The headers the call came with (a WebSocket's upgrade came with), as {@code X-Tenant|Authorization|Origin}. */
    @JsonRpc
    public String headers(JsonRpcContext context) {
        return context.header("X-Tenant") + "|" + context.header("Authorization") + "|" + context.header("Origin");
    }

    @JsonRpc
    public Uni<Void> shout(String text) {
        return notifier.all().send("shouted", new Calculator.Shout(text));
    }

    @JsonRpc
    public Uni<Void> ring() {
        return notifier.all().send("rang", null);
    }
}
