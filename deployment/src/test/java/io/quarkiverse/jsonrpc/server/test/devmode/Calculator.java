package io.quarkiverse.jsonrpc.server.test.devmode;

import jakarta.annotation.security.PermitAll;

import io.quarkiverse.jsonrpc.server.JsonRpc;

public class Calculator {

    @JsonRpc(summary = "The difference of two integers")
    @PermitAll
    public int subtract(int minuend, int subtrahend) {
        return minuend - subtrahend;
    }
}
