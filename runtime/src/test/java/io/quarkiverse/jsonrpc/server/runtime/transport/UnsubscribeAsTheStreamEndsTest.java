package io.quarkiverse.jsonrpc.server.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig.Subscriptions.Overflow;
import io.quarkiverse.jsonrpc.server.runtime.engine.ErrorObject;
import io.quarkiverse.jsonrpc.server.runtime.engine.NotificationWriter;
import io.quarkiverse.jsonrpc.server.runtime.engine.TooManySubscriptionsException;
import io.quarkiverse.jsonrpc.server.runtime.push.ConnectionRegistry;
import io.quarkiverse.jsonrpc.server.runtime.push.PushSupport;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * An unsubscribe that comes as the stream completes or fails: the last message (the completion, the error) is being
 * handed to the connection when the unsubscribe is answered. The answer must come after that message, never before
 * it: a client told "no such subscription" must not then get the subscription's last message. Its place is freed
 * once, either way.
 */
class UnsubscribeAsTheStreamEndsTest {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final CountDownLatch handing = new CountDownLatch(1);
    private final CountDownLatch handed = new CountDownLatch(1);
    private volatile String last;

    @Test
    void theCompletionBeingSentComesBeforeTheUnsubscribeAnswer() throws Exception {
        unsubscribedAsItEnds(Multi.createFrom().empty(), "\"complete\":true");
    }

    @Test
    void theErrorBeingSentComesBeforeTheUnsubscribeAnswer() throws Exception {
        unsubscribedAsItEnds(Multi.createFrom().failure(new IllegalStateException("stream broke")), "\"error\":");
    }

    /** Unsubscribes while the stream's last message, which contains {@code last}, is being handed over. */
    private void unsubscribedAsItEnds(Multi<?> stream, String last) throws Exception {
        this.last = last;
        WebSocketSession session = new WebSocketSession(connection(), null, 65536, null,
                new PushSupport(new ConnectionRegistry(), new NotificationWriter(new ObjectMapper()),
                        (failure, method, subscription) -> ErrorObject.internalError(failure.getMessage()),
                        Overflow.CLOSE, 64, 1, 65536),
                null);
        String id = session.subscribe("ending", stream);

        CompletableFuture<Void> completing = CompletableFuture.runAsync(() -> session.startSubscriptions(List.of(id)));
        assertThat(handing.await(10, TimeUnit.SECONDS)).as("the last message is being handed over").isTrue();
        Thread unsubscriber = new Thread(() -> events.add("unsubscribe answered " + session.unsubscribe(id)));
        unsubscriber.start();
        // the unsubscribe has been answered, or waits for the last message being handed over
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10)).until(
                () -> !unsubscriber.isAlive() || unsubscriber.getState() == Thread.State.BLOCKED && Arrays.stream(
                        unsubscriber.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals("unsubscribe")));
        handed.countDown();
        completing.get(10, TimeUnit.SECONDS);
        unsubscriber.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(events).containsExactly("last message handed over", "unsubscribe answered true");
        assertThat(session.subscriptionCount()).isZero();
        // its one place was freed, and only once
        session.subscribe("ending", Multi.createFrom().empty());
        assertThatThrownBy(() -> session.subscribe("ending", Multi.createFrom().empty()))
                .isInstanceOf(TooManySubscriptionsException.class);
    }

    /** A connection whose write of the stream's last message holds until the test lets it go. */
    private WebSocketConnection connection() {
        return (WebSocketConnection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { WebSocketConnection.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "id" -> "c1";
                    case "sendText" -> {
                        if (((String) args[0]).contains(last)) {
                            handing.countDown();
                            assertThat(handed.await(10, TimeUnit.SECONDS)).as("the test let it go").isTrue();
                            events.add("last message handed over");
                        }
                        yield Uni.createFrom().voidItem();
                    }
                    default -> null;
                });
    }
}
