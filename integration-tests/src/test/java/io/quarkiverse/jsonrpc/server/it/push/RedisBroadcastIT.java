package io.quarkiverse.jsonrpc.server.it.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.it.AppInstance;
import io.quarkiverse.jsonrpc.server.it.Users;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.Notification;
import io.quarkiverse.jsonrpc.server.testing.TcpRelay;

/**
 * Two instances of the example app share a real Redis: a notification to a group, to a connection or to everyone,
 * sent on one instance, reaches the matching clients of every instance exactly once; Redis going away leaves local
 * delivery working, is logged once and reported by both instances' readiness checks, and its return restores
 * delivery across instances by itself. The instances reach Redis through a relay that the test cuts and restores.
 * <p>
 * "Exactly once" is checked with a marker sent the same way after the notification: Redis delivers the messages of
 * one publisher in order, so a second copy would arrive before the marker.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisBroadcastIT {

    static final String CHANNEL = "it-chat";
    static final Duration WAIT = Duration.ofSeconds(10);
    static final String DOWN = "Redis broadcast is down";
    static final String BACK = "Redis broadcast is back";
    /**
     * quarkus.jsonrpc-server.redis.timeout. Its default of 2s is what Redis, an instance's event loop and the
     * connection between them may take at most before the broadcast counts as down: on a machine loaded enough that
     * a cold instance's first subscription, or a PING, took longer, an outage of nobody's making was logged, and the
     * counts of warnings below were one more. The frozen Redis of the last tests waits it out, twice.
     */
    static final Duration REDIS_TIMEOUT = Duration.ofSeconds(10);
    /** What waits for REDIS_TIMEOUT to pass, and more on a loaded machine. */
    static final Duration OUTAGE_WAIT = REDIS_TIMEOUT.multipliedBy(6);

    static String[] properties;
    static RedisServer redis;
    static TcpRelay relay;
    static AppInstance a;
    static AppInstance b;

    @BeforeAll
    static void start() throws Exception {
        redis = RedisServer.start();
        relay = new TcpRelay(redis::port);
        properties = new String[] { "quarkus.jsonrpc-server.broadcast=redis",
                "quarkus.redis.hosts=redis://127.0.0.1:" + relay.port(),
                "quarkus.jsonrpc-server.redis.reconnect-delay=200ms",
                "quarkus.jsonrpc-server.redis.check-interval=500ms",
                "quarkus.jsonrpc-server.redis.timeout=" + REDIS_TIMEOUT.toSeconds() + "s",
                // the end of each subscription is logged at DEBUG: the tests wait for it
                "quarkus.log.category.\"io.quarkiverse.jsonrpc.server.runtime.push\".level=DEBUG",
                "quarkus.jsonrpc-server.redis.channel=" + CHANNEL };
        a = AppInstance.start("a", properties);
        b = AppInstance.start("b", properties);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] { a, b, relay, redis }) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception ignored) {
            }
        }
    }

    @Test
    @Order(1)
    void groupNotificationReachesEveryMemberExactlyOnce() {
        try (JsonRpcTestClient onA = JsonRpcTestClient.ws(a.webSocket());
                JsonRpcTestClient member = JsonRpcTestClient.ws(b.webSocket());
                JsonRpcTestClient outsider = JsonRpcTestClient.ws(b.webSocket())) {
            onA.call("join", "kitchen");
            member.call("join", "kitchen");
            outsider.call("join", "garden");

            onA.call("say", "kitchen", "hello");
            assertThat(text(member)).isEqualTo("hello");
            assertThat(text(onA)).isEqualTo("hello");

            // a second copy of "hello" would come before what A sends next; one of A's own would come before B's
            onA.call("say", "kitchen", "marker from a");
            assertThat(text(member)).isEqualTo("marker from a");
            assertThat(text(onA)).isEqualTo("marker from a");
            member.call("say", "kitchen", "marker from b");
            assertThat(text(onA)).isEqualTo("marker from b");
            assertThat(text(member)).isEqualTo("marker from b");

            onA.call("say", "kitchen", "last from a");
            assertThat(text(member)).as("B's own copy of its marker would come first").isEqualTo("last from a");
            onA.call("say", "garden", "marker for the garden");
            assertThat(text(outsider)).as("nothing of the kitchen").isEqualTo("marker for the garden");
        }
    }

    @Test
    @Order(2)
    void notificationToAConnectionOfTheOtherInstance() {
        try (JsonRpcTestClient onA = JsonRpcTestClient.ws(a.webSocket());
                JsonRpcTestClient onB = JsonRpcTestClient.ws(b.webSocket())) {
            String id = onB.call(String.class, "myId");
            onA.call("whisper", id, "psst");
            onA.call("whisper", id, "marker");
            Notification whisper = onB.nextNotification(WAIT);
            assertThat(whisper.method()).isEqualTo("chat.whisper");
            assertThat(whisper.params().get("text").asText()).isEqualTo("psst");
            assertThat(onB.nextNotification(WAIT).params().get("text").asText()).isEqualTo("marker");
        }
    }

    @Test
    @Order(3)
    void announcementReachesEveryConnectionOfEveryInstanceOnce() {
        try (JsonRpcTestClient onA = JsonRpcTestClient.ws(a.webSocket());
                JsonRpcTestClient onB = JsonRpcTestClient.ws(b.webSocket())) {
            // B's connection open on the server, and let in, before the first announcement: a client sees its upgrade
            // done before the server has opened the connection, and what goes to everyone reaches only those let in
            assertThat(onB.call(String.class, "myId")).isNotEmpty();
            onA.call("announce", "closing soon");
            onA.call("announce", "marker from a");
            onB.call("announce", "marker from b");
            Notification announcement = onA.nextNotification(WAIT);
            assertThat(announcement.method()).isEqualTo("chat.announcement");
            assertThat(announcement.params().get("text").asText()).isEqualTo("closing soon");
            assertThat(texts(onA, 2)).containsExactly("marker from a", "marker from b");
            // B delivers its own at once and A's when Redis brings them: A's come in their order, B's anywhere
            List<String> onBTexts = texts(onB, 3);
            assertThat(onBTexts).containsExactlyInAnyOrder("closing soon", "marker from a", "marker from b");
            assertThat(onBTexts.indexOf("closing soon")).isLessThan(onBTexts.indexOf("marker from a"));
            // once each: a copy of any would come before this, which both get after everything above
            onA.call("announce", "last");
            assertThat(texts(onA, 1)).containsExactly("last");
            assertThat(texts(onB, 1)).containsExactly("last");
        }
    }

    /**
     * A notice to the operators' endpoint reaches its connections on every instance, once, and no connection of another.
     */
    @Test
    @Order(3)
    void aNotificationToAnEndpointReachesItsConnectionsOfEveryInstance() {
        try (JsonRpcTestClient operatorOnA = Users.client(JsonRpcTransport.WEBSOCKET, ops(a), "alice");
                JsonRpcTestClient operatorOnB = Users.client(JsonRpcTransport.WEBSOCKET, ops(b), "alice");
                JsonRpcTestClient chatOnA = JsonRpcTestClient.ws(a.webSocket());
                JsonRpcTestClient chatOnB = JsonRpcTestClient.ws(b.webSocket())) {
            // connected, and their open hooks run, before the notice
            assertThat(operatorOnB.call(String.class, "ping")).isEqualTo("ops pong");
            assertThat(chatOnB.call(String.class, "myId")).isNotEmpty();
            operatorOnA.call("notice", "deploying");
            assertThat(texts(operatorOnA, 1)).containsExactly("deploying");
            assertThat(texts(operatorOnB, 1)).containsExactly("deploying");
            // once each: a second copy would come before B's, which reaches A when Redis brings it, after A's own
            operatorOnB.call("notice", "marker from b");
            assertThat(texts(operatorOnA, 1)).containsExactly("marker from b");
            assertThat(texts(operatorOnB, 1)).containsExactly("marker from b");
            // the notices, had they reached the chat's connection, would come before what A announces after them
            chatOnA.call("announce", "marker");
            assertThat(chatOnB.nextNotification(WAIT).params().get("text").asText()).isEqualTo("marker");
        }
    }

    /**
     * A burst, sent without waiting for one notification before the next, reaches the other instance whole and in the
     * order sent, and is no outage: not one publish at a time, as the tests above send.
     */
    @Test
    @Order(4)
    void aBurstArrivesWholeAndInOrder() throws Exception {
        try (JsonRpcTestClient onA = JsonRpcTestClient.ws(a.webSocket());
                JsonRpcTestClient onB = JsonRpcTestClient.ws(b.webSocket())) {
            onA.call("join", "cellar");
            onB.call("join", "cellar");
            List<String> burst = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                burst.add("burst " + i);
            }
            long outages = a.logLines(DOWN);
            onA.call("sayAll", "cellar", burst);
            assertThat(texts(onA, burst.size())).containsExactlyElementsOf(burst);
            List<String> onBSide = new ArrayList<>();
            for (int i = 0; i < burst.size(); i++) {
                onBSide.add(text(onB));
            }
            assertThat(onBSide).containsExactlyElementsOf(burst);
            assertThat(a.logLines(DOWN)).isEqualTo(outages);
        }
    }

    private static URI ops(AppInstance instance) {
        return instance.webSocket().resolve("/ops");
    }

    private static List<String> texts(JsonRpcTestClient client, int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(client.nextNotification(WAIT).params().get("text").asText());
        }
        return texts;
    }

    /** Both instances use the channel of quarkus.jsonrpc-server.redis.channel, and only it. */
    @Test
    @Order(5)
    void theInstancesShareTheConfiguredChannel() throws Exception {
        assertThat(redis.command("PUBSUB", "NUMSUB", CHANNEL, "quarkus-jsonrpc-server"))
                .isEqualTo("*4\r\n$7\r\nit-chat\r\n:2\r\n$22\r\nquarkus-jsonrpc-server\r\n:0\r\n");
    }

    /**
     * A group whose name the envelope cannot carry (more than 65,535 bytes as Java's DataOutput writes it) still gets
     * its notifications on the sending instance, and the call sending them succeeds: only the other instances are not
     * told.
     */
    @Test
    @Order(6)
    void aGroupNameTooLongToPublishIsStillDeliveredHere() throws Exception {
        // 48,000 bytes in the WebSocket message, under its 64 KiB frame; 72,000 in the envelope (6 bytes a pair)
        String room = "\uD83D\uDE00".repeat(12_000);
        try (JsonRpcTestClient onA = JsonRpcTestClient.ws(a.webSocket());
                JsonRpcTestClient onB = JsonRpcTestClient.ws(b.webSocket())) {
            onA.call("join", room);
            onB.call("join", room);
            onB.call("join", "porch");
            onA.call("say", room, "hello");
            assertThat(text(onA)).isEqualTo("hello");
            onA.call("say", "porch", "marker");
            assertThat(text(onB)).as("not published: the other instances cannot be told").isEqualTo("marker");
            assertThat(a.logLines("not published to the other instances")).isEqualTo(1);
        }
    }

    /**
     * What an instance sends as it starts, before the extension has observed the start and subscribed, reaches the
     * connections of the others, and is no outage.
     */
    @Test
    @Order(7)
    void sentAsAnInstanceStarts() throws Exception {
        try (JsonRpcTestClient onA = JsonRpcTestClient.ws(a.webSocket())) {
            onA.call("myId");
            String[] announcing = Arrays.copyOf(properties, properties.length + 1);
            announcing[properties.length] = "example.start-announcement=c is up";
            try (AppInstance c = AppInstance.start("c", announcing)) {
                Notification announcement = onA.nextNotification(WAIT);
                assertThat(announcement.method()).isEqualTo("chat.announcement");
                assertThat(announcement.params().get("text").asText()).isEqualTo("c is up");
                assertThat(c.logLines(DOWN)).isZero();
            }
        }
    }

    /**
     * One warning for an outage, whatever is sent and however often the subscription is tried during it, and one
     * message when Redis is back. Counted from the lines before the outage: how many the instance logged before is
     * not this test's business.
     */
    @Test
    @Order(8)
    void redisDownThenBack() throws Exception {
        try (JsonRpcTestClient onA = JsonRpcTestClient.ws(a.webSocket());
                JsonRpcTestClient onB = JsonRpcTestClient.ws(b.webSocket())) {
            onA.call("join", "hall");
            onB.call("join", "hall");
            long warnings = a.logLines(DOWN);
            long recoveries = a.logLines(BACK);

            relay.cut();
            a.awaitStatus(503, OUTAGE_WAIT);
            b.awaitStatus(503, OUTAGE_WAIT);
            for (int i = 0; i < 5; i++) {
                onA.call("say", "hall", "local " + i);
                assertThat(text(onA)).isEqualTo("local " + i);
            }
            // the positive marker: two more attempts to subscribe failed, each of which could have warned again
            long ended = a.logLines("The subscription to Redis channel");
            await().atMost(OUTAGE_WAIT).until(() -> a.logLines("The subscription to Redis channel") >= ended + 2);
            assertThat(a.logLines(DOWN)).as("one warning per outage, not per message or attempt")
                    .isEqualTo(warnings + 1);
            assertThat(a.logLines(BACK)).as("no recovery while Redis is away").isEqualTo(recoveries);

            relay.restore();
            a.awaitStatus(200, OUTAGE_WAIT);
            b.awaitStatus(200, OUTAGE_WAIT);
            await().atMost(OUTAGE_WAIT).until(() -> a.logLines(BACK) > recoveries);
            assertThat(a.logLines(BACK)).as("one message for the recovery").isEqualTo(recoveries + 1);
            assertThat(a.logLines(DOWN)).as("no warning after it").isEqualTo(warnings + 1);
            onA.call("say", "hall", "back");
            assertThat(text(onB)).as("the first across instances since the outage: nothing of it is replayed")
                    .isEqualTo("back");
        }
    }

    /**
     * A Redis that keeps its connections and answers nothing holds no send: after quarkus.jsonrpc-server.redis.timeout
     * the broadcast counts as down, as when Redis refuses, stays down while Redis answers nothing (the subscription's
     * attempts fail, the positive marker of the wait; no recovery is logged), and comes back once Redis answers
     * again. The other instance, which sends nothing, finds out by its PING. Twice: the second time, the client's pool holds
     * connections made after the first, which take a
     * subscription without Redis answering it. What was published just before a freeze may still arrive once Redis
     * goes on, late but once.
     */
    @Test
    @Order(9)
    void aRedisThatStopsAnsweringHoldsNoSend() throws Exception {
        // a send while Redis is frozen is answered once its publish has waited REDIS_TIMEOUT out
        try (JsonRpcTestClient onA = JsonRpcTestClient.builder().timeout(OUTAGE_WAIT).ws(a.webSocket());
                JsonRpcTestClient onB = JsonRpcTestClient.ws(b.webSocket())) {
            onA.call("join", "attic");
            onB.call("join", "attic");
            for (int outage = 1; outage <= 2; outage++) {
                long warnings = a.logLines(DOWN);
                long idleWarnings = b.logLines(DOWN);
                long recoveries = a.logLines(BACK);
                redis.freeze();
                try {
                    // answered once the publish timed out; without the timeout, only once Redis goes on
                    onA.call("say", "attic", "while frozen " + outage);
                    assertThat(text(onA)).isEqualTo("while frozen " + outage);
                    // the readiness check is not asked here: Quarkus's own check of Redis waits out its timeout
                    long ended = a.logLines("The subscription to Redis channel");
                    await().atMost(OUTAGE_WAIT)
                            .until(() -> a.logLines("The subscription to Redis channel") >= ended + 2);
                    onA.call("say", "attic", "while down " + outage);
                    assertThat(text(onA)).isEqualTo("while down " + outage);
                    assertThat(a.logLines(DOWN)).as("one warning for the outage")
                            .isEqualTo(warnings + 1);
                    assertThat(a.logLines(BACK)).as("no recovery while Redis answers nothing")
                            .isEqualTo(recoveries);
                    // b, which sends nothing, asks Redis whether it answers, and finds out too
                    await().atMost(OUTAGE_WAIT).until(() -> b.logLines(DOWN) > idleWarnings);
                    assertThat(b.logLines(DOWN)).as("one warning for the outage").isEqualTo(idleWarnings + 1);
                } finally {
                    redis.thaw();
                }

                a.awaitStatus(200, OUTAGE_WAIT);
                b.awaitStatus(200, OUTAGE_WAIT);
                onA.call("say", "attic", "thawed " + outage);
                List<String> onBSide = new ArrayList<>();
                do {
                    onBSide.add(text(onB));
                } while (!onBSide.get(onBSide.size() - 1).equals("thawed " + outage));
                // "while down" was never published
                assertThat(onBSide).isIn(List.of("thawed " + outage), List.of("while frozen " + outage,
                        "thawed " + outage));
                assertThat(text(onA)).isEqualTo("thawed " + outage);
            }
        }
    }

    /** The instance closing its own connection to Redis as it stops is no outage. */
    @Test
    @Order(10)
    void stoppingIsNoOutage() throws Exception {
        long outages = a.logLines(DOWN);
        a.stop();
        a.awaitExit(Duration.ofSeconds(60));
        assertThat(a.logLines(DOWN)).isEqualTo(outages);
    }

    private static String text(JsonRpcTestClient client) {
        Notification message = client.nextNotification(WAIT);
        assertThat(message.method()).isEqualTo("chat.message");
        return message.params().get("text").asText();
    }
}
