package io.quarkiverse.jsonrpc.client.test.races;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.client.ParamsStyle;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.client.runtime.protocol.Incoming;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ResponseHandler;
import io.quarkiverse.jsonrpc.client.runtime.transport.ConnectionListener;
import io.quarkiverse.jsonrpc.client.runtime.transport.ConnectionOptions;
import io.quarkiverse.jsonrpc.client.runtime.transport.MessageObservation;
import io.quarkiverse.jsonrpc.client.runtime.transport.websocket.WebSocketClientTransport;
import io.vertx.core.Vertx;

/**
 * A WebSocket call given up (cancelled, timed out) after its caller found it waiting and before the transport
 * registers it among the pending calls. Nothing the client runs lies between the two to hold the call there, so the
 * transport is handed what it is handed then: a call that gave up, and whose forget already ran and found nothing.
 * It must neither be sent, for the server to run for nobody, nor be kept among the pending until the connection
 * closes.
 */
public class GivenUpBeforeRegisteredTest {

    static final Duration AWAIT = Duration.ofSeconds(10);

    HoldingServer server;
    Vertx vertx;
    WebSocketClientTransport transport;

    @BeforeEach
    void start() {
        server = new HoldingServer();
        vertx = Vertx.vertx();
        ClientSettings settings = new ClientSettings("holder", URI.create(server.url("ws")), Duration.ZERO,
                AWAIT, Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), ParamsStyle.POSITIONAL, 1,
                ClientSettings.HttpOptions.DEFAULT, ClientSettings.WebSocketOptions.DEFAULT,
                ClientSettings.SubscriptionProtocol.DEFAULT,
                ClientSettings.Reconnect.DEFAULT,
                ClientSettings.Telemetry.DEFAULT, ClientSettings.TrafficLogging.OFF, null);
        transport = new WebSocketClientTransport(vertx, new ObjectMapper(), settings, ConnectionOptions.DIRECT,
                new NoListener());
    }

    @AfterEach
    void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
        server.close();
    }

    @Test
    void aCallGivenUpBeforeItIsRegisteredIsNeitherSentNorKept() throws Exception {
        Handler givenUp = new Handler();
        // the interleaving: the call, found waiting, is cancelled and forgotten; then its send goes on
        givenUp.cancel();
        transport.forget(1);
        transport.send(request("hold", "[1]", 1), new NoObservation(), Map.of(1L, givenUp), 0, sent -> {
        });
        Handler added = new Handler();
        transport.send(request("add", "[2,3]", 2), new NoObservation(), Map.of(2L, added), 0, sent -> {
        });
        assertThat(added.answer.get(AWAIT.toSeconds(), TimeUnit.SECONDS).result().intValue()).isEqualTo(5);
        // the messages of one connection arrive in the order they were written
        assertThat(server.nextRequest()).isEqualTo("add[2,3]");
        transport.close().toCompletionStage().toCompletableFuture().get(AWAIT.toSeconds(), TimeUnit.SECONDS);
        // a call kept among the pending would be failed by the close, long after it gave up
        assertThat(givenUp.failures).isEmpty();
    }

    private static byte[] request(String method, String params, long id) {
        return ("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + ",\"id\":" + id + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A call as the client's are: settled once, then no longer waiting; every failure the transport tells, noted. */
    private static final class Handler implements ResponseHandler {

        final CompletableFuture<Incoming.Response> answer = new CompletableFuture<>();
        final List<Throwable> failures = new CopyOnWriteArrayList<>();

        @Override
        public void onResponse(Incoming.Response response) {
            answer.complete(response);
        }

        @Override
        public void onFailure(Throwable failure) {
            failures.add(failure);
            answer.completeExceptionally(failure);
        }

        void cancel() {
            answer.cancel(false);
        }

        @Override
        public boolean waiting() {
            return !answer.isDone();
        }
    }

    private static final class NoObservation implements MessageObservation {

        @Override
        public boolean observed() {
            return false;
        }

        @Override
        public Map<String, String> headers() {
            return Map.of();
        }

        @Override
        public AutoCloseable enter() {
            return null;
        }
    }

    private static final class NoListener implements ConnectionListener {

        @Override
        public void onNotification(Incoming.Notification notification) {
        }

        @Override
        public void onDisconnected(Throwable cause) {
        }

        @Override
        public void onReconnected() {
        }

        @Override
        public boolean wantsConnection() {
            return false;
        }
    }
}
