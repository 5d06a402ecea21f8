package io.quarkiverse.jsonrpc.server.test.contracts;

import java.util.concurrent.atomic.AtomicBoolean;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.execution.ThreadInfo;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Implements {@link Greeter}, without a bean-defining annotation and without {@code @JsonRpc} on what it implements.
 * Its parameter names differ from the interface's: params bind by the interface's.
 */
public class GreeterService implements Greeter {

    static final AtomicBoolean hangCancelled = new AtomicBoolean();

    @Override
    public String greet(String who) {
        return "Hello " + who;
    }

    @Override
    public Multi<Integer> countdown(int start) {
        return Multi.createFrom().range(0, start).map(i -> start - i);
    }

    @Override
    public String httpOnly() {
        return "http";
    }

    @Override
    public Uni<String> hang() {
        return Uni.createFrom().<String> nothing().onCancellation().invoke(() -> hangCancelled.set(true));
    }

    @Override
    public ThreadInfo threadFromInterface() {
        return ThreadInfo.current();
    }

    @Override
    @Blocking
    public ThreadInfo threadFromImplementation() {
        return ThreadInfo.current();
    }

    @Override
    @JsonRpc("implementationName")
    public String renamed() {
        return "renamed";
    }

    @Override
    public String version() {
        return "1.0";
    }
}
