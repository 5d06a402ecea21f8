package io.quarkiverse.jsonrpc.server.it;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;

import io.quarkiverse.jsonrpc.server.JsonRpc;

/**
 * Methods with Bean Validation constraints (quarkus-hibernate-validator is a dependency of this application): params
 * that break them are answered {@code -32602 Invalid params} and the method does not run.
 */
public class ValidatedMethods {

    /** {@code @Valid} checks the constraints of the record's components. */
    @JsonRpc
    public User createUser(@Valid User user) {
        return user;
    }

    @JsonRpc
    public int square(@Max(1000) int n) {
        return n * n;
    }

    /** Returns how many items the order has in all. */
    @JsonRpc
    public int placeOrder(@Valid Order order) {
        return order.lines().stream().mapToInt(Order.Line::quantity).sum();
    }

    /**
     * Returns how many bytes the key has. A {@code byte[]} is sent as base64 text, as Jackson writes it: the size is
     * the bytes', the OpenRPC document says the text's length.
     */
    @JsonRpc
    public int keyLength(@Size(min = 16, max = 64) byte[] key) {
        return key.length;
    }

    /**
     * A constraint on the result is the server's promise: a result that breaks it is the server's bug, answered
     * {@code -32603}, as quarkus-rest answers it with 500.
     */
    @JsonRpc
    public @Size(max = 8) String shout(String word) {
        return word.toUpperCase() + "!";
    }
}
