package io.quarkiverse.jsonrpc.server.observability;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.smallrye.mutiny.Multi;

/** Methods whose calls the tests measure and trace. */
public class Calculator {

    /** Released by a test to let a {@link #held()} call end. */
    public static volatile CountDownLatch release = new CountDownLatch(0);

    @JsonRpc
    public int subtract(int minuend, int subtrahend) {
        return minuend - subtrahend;
    }

    @JsonRpc
    public int refuse() {
        throw new JsonRpcException(-32010, "Refused", null);
    }

    /** Runs on a worker thread until released. */
    @JsonRpc
    public boolean held() throws InterruptedException {
        return release.await(10, TimeUnit.SECONDS);
    }

    @JsonRpc
    public Multi<Long> forever() {
        return Multi.createFrom().ticks().every(Duration.ofSeconds(1));
    }
}
