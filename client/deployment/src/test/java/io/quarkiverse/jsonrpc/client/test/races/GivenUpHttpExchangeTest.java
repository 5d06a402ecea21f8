package io.quarkiverse.jsonrpc.client.test.races;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcBatch;
import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * Over HTTP, a call or a batch given up (cancelled, or timed out) ends its exchange, wherever it is: waiting for a
 * pooled connection, or sent. With one connection in the pool, a given-up call that still took it would hold it from
 * every later call, since the server never answers it.
 */
public class GivenUpHttpExchangeTest {

    static final Duration AWAIT = Duration.ofSeconds(10);
    static final int PORT = SharedTcpRelay.port(GivenUpHttpExchangeTest.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Holder.class, HoldingServer.class, LogWatch.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"holder\".url", "http://localhost:" + PORT + "/rpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"holder\".max-http-connections", "1")
            // no call here ends by its timeout: only by being given up
            .overrideConfigKey("quarkus.jsonrpc-client.\"holder\".timeout", "0");

    static HoldingServer server;

    @Inject
    @JsonRpcClient
    Holder holder;

    @BeforeAll
    static void start() {
        server = new HoldingServer();
        SharedTcpRelay.target(GivenUpHttpExchangeTest.class.getName(), server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void forget() {
        server.forgetRequests();
    }

    /** Nor does Vert.x log the request it was never sent in, reset, as a failure of its own. */
    @Test
    void aCallCancelledWhileItWaitsForAConnectionIsNeverSent() throws InterruptedException {
        try (LogWatch vertx = LogWatch.under("io.vertx")) {
            Cancellable first = holder.hold(1).subscribe().with(ignored -> {
            }, ignored -> {
            });
            assertThat(server.nextRequest()).isEqualTo("hold[1]");
            // the pool's one connection is the first call's: the second waits for it
            Cancellable second = holder.hold(2).subscribe().with(ignored -> {
            }, ignored -> {
            });
            second.cancel();
            first.cancel();
            assertThat(holder.add(2, 3).await().atMost(AWAIT)).isEqualTo(5);
            assertThat(server.nextRequest()).isEqualTo("add[2,3]");
            assertThat(vertx.records()).filteredOn(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
                    .extracting(LogWatch::message).isEmpty();
        }
    }

    @Test
    void aCancelledBatchEndsItsExchange() throws InterruptedException {
        JsonRpcBatch<Holder> batch = JsonRpcBatch.of(holder);
        JsonRpcBatch.Entry<Integer> held = batch.add(h -> h.holdInBatch(1));
        Cancellable sending = batch.send().subscribe().with(ignored -> {
        }, ignored -> {
        });
        assertThat(server.nextRequest()).isEqualTo("hold[1]");
        sending.cancel();
        assertThat(holder.add(2, 3).await().atMost(AWAIT)).isEqualTo(5);
        assertThat(held.isDone()).isTrue();
        assertThatThrownBy(held::get).isInstanceOf(CancellationException.class)
                .hasMessage("The batch was cancelled before its answer arrived");
    }
}
