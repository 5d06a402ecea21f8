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

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig.Subscriptions.Overflow;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallInfo;
import io.quarkiverse.jsonrpc.server.runtime.engine.NotificationWriter;
import io.quarkiverse.jsonrpc.server.runtime.push.ConnectionRegistry;
import io.quarkiverse.jsonrpc.server.runtime.push.PushConnection;
import io.quarkiverse.jsonrpc.server.runtime.push.PushSupport;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * One connection joins and leaves the same group at once (two of its calls on worker threads): one of the two is held
 * on its way into the registry while the other runs through. Whichever wins, the groups the connection lists are the
 * groups whose pushes it receives, and its close leaves it a member of none.
 */
class GroupJoinAndLeaveTest {

    @Test
    void aLeaveWhileAJoinIsOnItsWayLeavesTheConnectionWhereItSaysItIs() throws Exception {
        HeldRegistry registry = new HeldRegistry(true);
        WebSocketSession session = session(registry);
        JsonRpcContext context = session.context(CallInfo.NONE);

        registry.whileHeld(() -> context.join("kitchen"), () -> context.leave("kitchen"));

        assertAgree(registry, session);
        session.close();
        assertThat(registry.members("kitchen")).as("members after the close").isEmpty();
    }

    @Test
    void aJoinWhileALeaveIsOnItsWayLeavesTheConnectionWhereItSaysItIs() throws Exception {
        HeldRegistry registry = new HeldRegistry(false);
        WebSocketSession session = session(registry);
        JsonRpcContext context = session.context(CallInfo.NONE);
        context.join("kitchen");

        registry.whileHeld(() -> context.leave("kitchen"), () -> context.join("kitchen"));

        assertAgree(registry, session);
    }

    /** A group the connection lists is one whose pushes reach it, and the other way round. */
    private static void assertAgree(ConnectionRegistry registry, WebSocketSession session) {
        boolean listed = session.context(CallInfo.NONE).groups().contains("kitchen");
        assertThat(registry.members("kitchen").contains(session)).as("a member of the group it lists as %s",
                listed ? "joined" : "left").isEqualTo(listed);
    }

    /**
     * Holds the first join (or leave) that reaches it, before it changes anything, until the other call has returned.
     */
    private static final class HeldRegistry extends ConnectionRegistry {

        private final boolean holdsJoin;
        private final CountDownLatch held = new CountDownLatch(1);
        private final CountDownLatch otherDone = new CountDownLatch(1);
        private volatile boolean armed;

        HeldRegistry(boolean holdsJoin) {
            this.holdsJoin = holdsJoin;
        }

        @Override
        public void join(String group, PushConnection connection) {
            if (holdsJoin) {
                hold();
            }
            super.join(group, connection);
        }

        @Override
        public void leave(String group, PushConnection connection) {
            if (!holdsJoin) {
                hold();
            }
            super.leave(group, connection);
        }

        private void hold() {
            if (!armed) {
                return;
            }
            armed = false;
            held.countDown();
            try {
                assertThat(otherDone.await(10, TimeUnit.SECONDS)).as("the other call returned").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Runs {@code first} on a thread of its own, and {@code other} here while {@code first} is held. */
        void whileHeld(Runnable first, Runnable other) throws Exception {
            armed = true;
            ExecutorService call = Executors.newSingleThreadExecutor();
            try {
                Future<?> running = call.submit(first);
                assertThat(held.await(10, TimeUnit.SECONDS)).as("the first call reached the registry").isTrue();
                other.run();
                otherDone.countDown();
                running.get(10, TimeUnit.SECONDS);
            } finally {
                call.shutdownNow();
            }
        }
    }

    private static WebSocketSession session(ConnectionRegistry registry) {
        return new WebSocketSession(connection("c1"), null, 65536, null,
                new PushSupport(registry, new NotificationWriter(new ObjectMapper()), null, Overflow.CLOSE, 64, 16, 65536),
                null);
    }

    private static WebSocketConnection connection(String id) {
        return (WebSocketConnection) Proxy.newProxyInstance(GroupJoinAndLeaveTest.class.getClassLoader(),
                new Class<?>[] { WebSocketConnection.class },
                (proxy, method, args) -> method.getName().equals("id") ? id : null);
    }
}
