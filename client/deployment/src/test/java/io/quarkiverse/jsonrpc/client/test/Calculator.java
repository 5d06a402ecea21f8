package io.quarkiverse.jsonrpc.client.test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.client.OnJsonRpcNotification;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNotification;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** The client side of {@link CalculatorServer}: one interface, called over HTTP (configured) or WebSocket (built). */
@RegisterJsonRpcClient(configKey = "calc")
public interface Calculator {

    record Point(int x, int y) {
    }

    record Shout(String text) {
    }

    @JsonRpc
    int subtract(int minuend, int subtrahend);

    @JsonRpc
    int sum(int... values);

    @JsonRpc("echo")
    String echoText(String text);

    @JsonRpc
    String repeat(String text, int times);

    @JsonRpc
    List<Point> mirror(List<Point> points);

    /** The point at that index of the mirrored list, if there is one: an empty Optional is a null result. */
    @JsonRpc
    Optional<Point> pointAt(List<Point> points, int index);

    @JsonRpc("pointAt")
    Uni<Optional<Point>> pointLater(List<Point> points, int index);

    @JsonRpc
    BigDecimal exact(BigDecimal value);

    /** Named params call it with the name its @JsonProperty gives, as the server binds it. */
    @JsonRpc
    String transfer(@JsonProperty("from_account") String fromAccount, int amount);

    @JsonRpc("subtract")
    Uni<Integer> subtractLater(int minuend, int subtrahend);

    @JsonRpc("subtract")
    CompletionStage<Integer> subtractStage(int minuend, int subtrahend);

    @JsonRpc
    void record(String entry);

    @JsonRpc("record")
    @JsonRpcNotification
    void recordQuietly(String entry);

    @JsonRpc
    List<String> recorded();

    @JsonRpc
    double sqrt(double value);

    @JsonRpc(timeout = "200ms")
    Uni<Long> sleep(long millis);

    @JsonRpc
    Multi<Integer> ticks(int n);

    /** Without end, an item every 10 ms: it ends when it is cancelled. */
    @JsonRpc
    Multi<Long> clock();

    @JsonRpc
    Uni<Void> shout(String text);

    /** The configured headers, as the server saw them. */
    @JsonRpc
    String headers();

    @OnJsonRpcNotification("shouted")
    Multi<Shout> shouts();

    /** Rings: the server notifies "rang" without params. */
    @JsonRpc
    Uni<Void> ring();

    /** A notification without params is a null, which a JsonNode holds as Jackson reads it: a NullNode. */
    @OnJsonRpcNotification("rang")
    Multi<JsonNode> rings();

    /** An empty Optional is answered null, which a JsonNode result holds as a NullNode. */
    @JsonRpc("pointAt")
    JsonNode pointAtAsTree(List<Point> points, int index);
}
