package io.quarkiverse.jsonrpc.server.observability;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.opentelemetry.api.baggage.Baggage;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Methods whose calls the tests measure and trace. */
public class Calculator {

    /** Released by a test to let a {@link #held()} call end. */
    public static volatile CountDownLatch release = new CountDownLatch(0);
    /** How many {@link #held()} calls are waiting for the release. */
    public static final AtomicInteger holding = new AtomicInteger();

    @JsonRpc
    public int subtract(int minuend, int subtrahend) {
        return minuend - subtrahend;
    }

    /** The trace context headers the call came with. */
    @JsonRpc
    public List<String> traceparents(JsonRpcContext call) {
        return call.headers().getOrDefault("traceparent", List.of());
    }

    /** An entry of the baggage current while the method runs; {@code null} where it has none of that key. */
    @JsonRpc
    public String baggage(String key) {
        return Baggage.current().getEntryValue(key);
    }

    @JsonRpc
    public int refuse() {
        throw new JsonRpcException(-32010, "Refused", null);
    }

    /** An application's own error code, outside the range the specification reserves. */
    @JsonRpc
    public int overdraw() {
        throw new JsonRpcException(4001, "Overdrawn", null);
    }

    /** Answered with the error code the client asks for: a server whose codes no client can foresee. */
    @JsonRpc
    public int refuseWith(int code) {
        throw new JsonRpcException(code, "Refused with " + code, null);
    }

    /** Fails unexpectedly: answered {@code -32603}. */
    @JsonRpc
    public int broken() {
        throw new IllegalStateException("broken on purpose");
    }

    /** Runs on a worker thread until released. */
    @JsonRpc
    public boolean held() throws InterruptedException {
        holding.incrementAndGet();
        try {
            return release.await(10, TimeUnit.SECONDS);
        } finally {
            holding.decrementAndGet();
        }
    }

    /** Never completes: its call ends when its connection closes. */
    @JsonRpc
    public Uni<String> pending() {
        return Uni.createFrom().<String> nothing().onItem().transform(String::trim);
    }

    @JsonRpc
    public Multi<Long> forever() {
        return Multi.createFrom().ticks().every(Duration.ofSeconds(1));
    }
}
