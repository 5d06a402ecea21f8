package io.quarkiverse.jsonrpc.client.test.races;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

/**
 * A client closed while the headers of a call's HTTP request are being made: the call fails, as one made after the
 * close does, rather than waiting in the pool of the closed Vert.x client, which never sends it.
 */
public class ClosedWhileHeadersAreMadeTest {

    static final Duration AWAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Holder.class, HoldingServer.class));

    static HoldingServer server;

    @BeforeAll
    static void start() {
        server = new HoldingServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCallWhoseHeadersComeAfterTheCloseFails() throws InterruptedException {
        CountDownLatch asked = new CountDownLatch(1);
        CompletableFuture<Map<String, String>> token = new CompletableFuture<>();
        Holder holder = JsonRpcClientBuilder.newBuilder().url(server.url("http")).timeout(Duration.ofMinutes(5))
                .headers(configKey -> {
                    asked.countDown();
                    return Uni.createFrom().completionStage(token);
                }).build(Holder.class);
        CompletableFuture<Integer> call = holder.add(1, 2).subscribeAsCompletionStage();
        assertThat(asked.await(AWAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        ((JsonRpcClientControl) holder).close();
        token.complete(Map.of("X-Token", "late"));
        Throwable failure = catchThrowable(() -> call.get(AWAIT.toSeconds(), TimeUnit.SECONDS));
        assertThat(failure).cause().isInstanceOf(JsonRpcTransportException.class)
                .hasMessage("The JSON-RPC client 'holder' is closed");
    }
}
