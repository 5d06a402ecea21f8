package io.quarkiverse.jsonrpc.client.it;

import java.util.List;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNotification;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The project's example app (integration-tests), as a client sees it: configured over HTTP as {@code example}, and
 * built over WebSocket by the tests.
 */
@RegisterJsonRpcClient(configKey = "example")
public interface ExampleApp {

    @JsonRpc
    int subtract(int minuend, int subtrahend);

    @JsonRpc
    int sum(int... values);

    @JsonRpc("subtract")
    Uni<Integer> subtractLater(int minuend, int subtrahend);

    @JsonRpc("subtract")
    CompletionStage<Integer> subtractStage(int minuend, int subtrahend);

    @JsonRpc
    @JsonRpcNotification
    void update(int... values);

    @JsonRpc("notify_hello")
    @JsonRpcNotification
    Uni<Void> notifyHello(int value);

    @JsonRpc("get_data")
    List<Object> getData();

    @JsonRpc
    Point translate(Point point, int dx, int dy);

    @JsonRpc
    double distance(Point from, Point to);

    @JsonRpc
    JsonNode echo(JsonNode value);

    @JsonRpc
    String transport();

    @JsonRpc("math.divide")
    int divide(int dividend, int divisor);

    @JsonRpc("math.sqrt")
    double sqrt(double value);

    @JsonRpc
    void fail();

    @JsonRpc("no.such.method")
    String missing();

    @JsonRpc(timeout = "300ms")
    Uni<Long> sleep(long ms);

    @JsonRpc
    String whoami();

    @JsonRpc
    String secret();

    /** A subscription: over WebSocket only. */
    @JsonRpc
    Multi<Integer> ticks(int n);
}
