package io.quarkiverse.jsonrpc.server.it;

import java.time.InstantSource;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.spi.JsonRpcFilter;

/**
 * At most {@value #LIMIT} calls of {@code ping} per second per connection: the next one within that second is
 * answered {@code 429 Rate limit exceeded}. Other methods are not filtered at all. Over HTTP each request is a
 * connection of its own, so the limit holds per batch.
 */
@Singleton
@Priority(100)
public class PingRateLimit implements JsonRpcFilter {

    public static final int LIMIT = 50;
    public static final int RATE_LIMITED = 429; // outside -32768..-32000, which the specification keeps for itself
    private static final String WINDOW = PingRateLimit.class.getName();

    private final InstantSource clock;

    PingRateLimit(InstantSource clock) {
        this.clock = clock;
    }

    @Override
    public boolean appliesTo(String method) {
        return method.equals("ping");
    }

    @Override
    public void before(JsonRpcContext call, JsonNode params) {
        // the connection's user data lives as long as the connection: so does its window
        Window window = (Window) call.userData().computeIfAbsent(WINDOW, key -> new Window());
        if (!window.admit(clock.millis())) {
            throw new JsonRpcException(RATE_LIMITED, "Rate limit exceeded");
        }
    }

    /** The calls of one connection in the second that began with the first of them. */
    private static final class Window {

        private long start;
        private int calls;

        synchronized boolean admit(long now) {
            if (calls == 0 || now - start >= 1000) {
                start = now;
                calls = 0;
            }
            return ++calls <= LIMIT;
        }
    }
}
