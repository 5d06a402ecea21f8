package io.quarkiverse.jsonrpc.server.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig.Subscriptions.Overflow;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallInfo;
import io.quarkiverse.jsonrpc.server.runtime.engine.NotificationWriter;
import io.quarkiverse.jsonrpc.server.runtime.push.ConnectionRegistry;
import io.quarkiverse.jsonrpc.server.runtime.push.PushConnection;
import io.quarkiverse.jsonrpc.server.runtime.push.PushSupport;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * A group joined while the connection closes: the close empties the session's groups between the join taking the
 * group and entering it in the registry. The joining call sees the close, and the closed connection is no member.
 */
class GroupJoinAtCloseTest {

    @Test
    void aJoinTheCloseOvertakesLeavesNoMembership() throws Exception {
        CountDownLatch joining = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        ConnectionRegistry registry = new ConnectionRegistry() {
            @Override
            public void join(String group, PushConnection connection) {
                joining.countDown();
                try {
                    assertThat(closed.await(10, TimeUnit.SECONDS)).as("the connection closed").isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                super.join(group, connection);
            }
        };
        WebSocketSession session = new WebSocketSession(connection("c1"), null, 65536, null,
                new PushSupport(registry, new NotificationWriter(new ObjectMapper()), null, Overflow.CLOSE, 64, 16, 65536),
                null);
        ExecutorService call = Executors.newSingleThreadExecutor();
        try {
            Future<?> join = call.submit(() -> session.context(CallInfo.NONE).join("kitchen"));
            assertThat(joining.await(10, TimeUnit.SECONDS)).as("the join reached the registry").isTrue();
            // off any Vert.x context, the close ends the session right here
            session.close();
            closed.countDown();
            join.get(10, TimeUnit.SECONDS);
        } finally {
            call.shutdownNow();
        }

        assertThat(registry.members("kitchen")).isEmpty();
    }

    private static WebSocketConnection connection(String id) {
        return (WebSocketConnection) Proxy.newProxyInstance(GroupJoinAtCloseTest.class.getClassLoader(),
                new Class<?>[] { WebSocketConnection.class },
                (proxy, method, args) -> method.getName().equals("id") ? id : null);
    }
}
