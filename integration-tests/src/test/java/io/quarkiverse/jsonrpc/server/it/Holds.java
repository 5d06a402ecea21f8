package io.quarkiverse.jsonrpc.server.it;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.smallrye.mutiny.Uni;

/**
 * Calls that end when the test says so, for tests of what runs concurrently: a test holds calls on a key, checks
 * what gets answered meanwhile, then releases them with another call. No clock is involved. Part of the application
 * under {@code @QuarkusTest} only: it lives with the tests.
 */
public class Holds {

    private static final Map<String, CompletableFuture<String>> HOLDS = new ConcurrentHashMap<>();

    /** Answers {@code key} once {@link #release(String)} is called with it, holding no thread meanwhile. */
    @JsonRpc
    public Uni<String> hold(String key) {
        return Uni.createFrom().completionStage(future(key));
    }

    /** Blocks its worker thread until {@link #release(String)} is called with the key (a minute at most). */
    @JsonRpc
    public String blockingHold(String key) throws Exception {
        return future(key).get(1, TimeUnit.MINUTES);
    }

    /** Ends every call held on the key, those made later included. */
    @JsonRpc
    public boolean release(String key) {
        return future(key).complete(key);
    }

    private static CompletableFuture<String> future(String key) {
        return HOLDS.computeIfAbsent(key, k -> new CompletableFuture<>());
    }
}
