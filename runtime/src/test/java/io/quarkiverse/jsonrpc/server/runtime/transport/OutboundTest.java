package io.quarkiverse.jsonrpc.server.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Promise;
import io.vertx.core.http.WebSocketBase;

/**
 * A send whose subscriber cancelled, as a call's Uni is when its client goes away, is not told how its write ended:
 * the write then fails ("Connection reset by peer"), and Mutiny reports a failure signalled to a cancelled subscriber
 * as dropped, which Quarkus logs at ERROR, once for every message still being written to the client.
 */
class OutboundTest {

    private final List<Promise<Void>> writes = new ArrayList<>();
    private final List<Throwable> dropped = new ArrayList<>();

    @AfterEach
    void resetDroppedExceptionHandler() {
        Infrastructure.resetDroppedExceptionHandler();
    }

    @Test
    void aCancelledSendWhoseWriteFailsReportsNothing() {
        Infrastructure.setDroppedExceptionHandler(dropped::add);
        Outbound outbound = new Outbound(connection(), socket(), 65536, new PendingLimit(16, 1 << 20), null);
        List<Throwable> failures = new ArrayList<>();

        // an operator, as what sends a notification applies: Mutiny's operators report what comes after cancellation
        Cancellable send = outbound.send("{}".getBytes(StandardCharsets.UTF_8)).onFailure().invoke(failures::add)
                .subscribe().with(sent -> {
                }, failure -> {
                });
        send.cancel();
        writes.get(0).fail(new IOException("Connection reset by peer"));

        assertThat(failures).isEmpty();
        assertThat(dropped).isEmpty();
    }

    @Test
    void aSendWhoseWriteFailsFails() {
        Outbound outbound = new Outbound(connection(), socket(), 65536, new PendingLimit(16, 1 << 20), null);
        List<Throwable> failures = new ArrayList<>();

        outbound.send("{}".getBytes(StandardCharsets.UTF_8)).onFailure().invoke(failures::add).subscribe().with(sent -> {
        }, failure -> {
        });
        writes.get(0).fail(new IOException("Connection reset by peer"));

        assertThat(failures).extracting(Throwable::getMessage).containsExactly("Connection reset by peer");
    }

    private static WebSocketConnection connection() {
        return (WebSocketConnection) Proxy.newProxyInstance(OutboundTest.class.getClassLoader(),
                new Class<?>[] { WebSocketConnection.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "id" -> "c1";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A WebSocket whose writes end when the test says so. */
    private WebSocketBase socket() {
        return (WebSocketBase) Proxy.newProxyInstance(OutboundTest.class.getClassLoader(),
                new Class<?>[] { WebSocketBase.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "writeFrame" -> {
                        Promise<Void> write = Promise.promise();
                        writes.add(write);
                        yield write.future();
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
