package io.quarkiverse.jsonrpc.server.it.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two instances of the example app share a real Redis: a notification to a group, or to a connection, sent on one
 * instance reaches the matching clients of the other exactly once; Redis going away leaves local delivery working,
 * is logged once and reported by the health check, and its return restores delivery across instances by itself.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisBroadcastIT {

    static RedisServer redis;
    static AppInstance a;
    static AppInstance b;

    @BeforeAll
    static void start() throws Exception {
        redis = RedisServer.startOnFreePort();
        String[] properties = { "quarkus.jsonrpc-server.broadcast=redis", "quarkus.redis.hosts=" + redis.uri(),
                "quarkus.jsonrpc-server.redis.reconnect-delay=200ms" };
        a = AppInstance.start("a", properties);
        b = AppInstance.start("b", properties);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] { a, b, redis }) {
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
    void groupNotificationReachesTheOtherInstanceExactlyOnce() throws Exception {
        try (JdkWebSocketClient onA = JdkWebSocketClient.connect(a.webSocket());
                JdkWebSocketClient member = JdkWebSocketClient.connect(b.webSocket());
                JdkWebSocketClient outsider = JdkWebSocketClient.connect(b.webSocket())) {
            onA.call("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"kitchen\"],\"id\":1}");
            member.call("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"kitchen\"],\"id\":1}");
            outsider.call("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"garden\"],\"id\":1}");

            onA.call("{\"jsonrpc\":\"2.0\",\"method\":\"say\",\"params\":[\"kitchen\",\"hello\"],\"id\":2}");

            JsonNode expected = tree("{\"jsonrpc\":\"2.0\",\"method\":\"chat.message\","
                    + "\"params\":{\"room\":\"kitchen\",\"text\":\"hello\"}}");
            assertThat(member.next(Duration.ofSeconds(10))).isEqualTo(expected);
            assertThat(member.poll(Duration.ofMillis(500))).as("delivered exactly once").isNull();
            assertThat(outsider.poll(Duration.ofMillis(500))).isNull();
            assertThat(onA.next(Duration.ofSeconds(10))).isEqualTo(expected);
            assertThat(onA.poll(Duration.ofMillis(500))).as("delivered exactly once").isNull();
        }
    }

    @Test
    @Order(2)
    void notificationToAConnectionOfTheOtherInstance() throws Exception {
        try (JdkWebSocketClient onA = JdkWebSocketClient.connect(a.webSocket());
                JdkWebSocketClient onB = JdkWebSocketClient.connect(b.webSocket())) {
            String id = onB.call("{\"jsonrpc\":\"2.0\",\"method\":\"myId\",\"id\":1}").get("result").asText();
            onA.call("{\"jsonrpc\":\"2.0\",\"method\":\"whisper\",\"params\":[\"" + id + "\",\"psst\"],\"id\":2}");
            assertThat(onB.next(Duration.ofSeconds(10))).isEqualTo(tree(
                    "{\"jsonrpc\":\"2.0\",\"method\":\"chat.whisper\",\"params\":{\"text\":\"psst\"}}"));
            assertThat(onB.poll(Duration.ofMillis(500))).isNull();
        }
    }

    @Test
    @Order(3)
    void announcementReachesEveryConnectionOfEveryInstanceOnce() throws Exception {
        try (JdkWebSocketClient onA = JdkWebSocketClient.connect(a.webSocket());
                JdkWebSocketClient onB = JdkWebSocketClient.connect(b.webSocket())) {
            onA.call("{\"jsonrpc\":\"2.0\",\"method\":\"announce\",\"params\":[\"closing soon\"],\"id\":1}");
            JsonNode expected = tree("{\"jsonrpc\":\"2.0\",\"method\":\"chat.announcement\","
                    + "\"params\":{\"text\":\"closing soon\"}}");
            assertThat(onA.next(Duration.ofSeconds(10))).isEqualTo(expected);
            assertThat(onB.next(Duration.ofSeconds(10))).isEqualTo(expected);
            assertThat(onA.poll(Duration.ofMillis(500))).isNull();
            assertThat(onB.poll(Duration.ofMillis(500))).isNull();
        }
    }

    @Test
    @Order(4)
    void redisDownThenBack() throws Exception {
        try (JdkWebSocketClient onA = JdkWebSocketClient.connect(a.webSocket());
                JdkWebSocketClient onB = JdkWebSocketClient.connect(b.webSocket())) {
            onA.call("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"hall\"],\"id\":1}");
            onB.call("{\"jsonrpc\":\"2.0\",\"method\":\"join\",\"params\":[\"hall\"],\"id\":1}");

            redis.stop();
            a.awaitStatus(503, Duration.ofSeconds(20));
            for (int i = 0; i < 5; i++) {
                onA.call("{\"jsonrpc\":\"2.0\",\"method\":\"say\",\"params\":[\"hall\",\"local " + i + "\"],\"id\":2}");
                assertThat(onA.next(Duration.ofSeconds(10)).get("params").get("text").asText()).isEqualTo("local " + i);
            }
            assertThat(a.logLines("Redis broadcast is down")).as("one warning per outage").isEqualTo(1);

            redis.start();
            a.awaitStatus(200, Duration.ofSeconds(30));
            b.awaitStatus(200, Duration.ofSeconds(30));
            while (onB.poll(Duration.ofMillis(200)) != null) {
                // nothing of the outage is replayed, but drain in case
            }
            onA.call("{\"jsonrpc\":\"2.0\",\"method\":\"say\",\"params\":[\"hall\",\"back\"],\"id\":3}");
            assertThat(onB.next(Duration.ofSeconds(10)).get("params").get("text").asText()).isEqualTo("back");
        }
    }

    private static JsonNode tree(String json) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    }
}
