package io.quarkiverse.jsonrpc.server.it;

import java.util.List;

import io.quarkiverse.jsonrpc.server.JsonRpc;

/**
 * The methods called by the examples of the JSON-RPC 2.0 specification (section 7), so that each example can be
 * replayed against this application as it is written there.
 */
public class SpecExamples {

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

    /** Called as a notification in the specification: there is nothing to return. */
    @JsonRpc
    public void update(int... values) {
    }

    @JsonRpc("notify_hello")
    public void notifyHello(int value) {
    }

    @JsonRpc("notify_sum")
    public void notifySum(int... values) {
    }

    @JsonRpc("get_data")
    public List<Object> getData() {
        return List.of("hello", 5);
    }
}
