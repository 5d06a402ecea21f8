package io.quarkiverse.jsonrpc.server.test.robustness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.logging.Level;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.WsClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.vertx.core.Vertx;

/** A flood of bad input is answered, message by message, without a single log line at WARN or above. */
public class BadInputFloodTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class, WsClient.class))
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.WARNING.intValue()
                    && record.getLoggerName().startsWith("io.quarkiverse.jsonrpc"))
            .assertLogRecords(records -> assertThat(records).as("log lines at WARN or above").isEmpty());

    public static class Echo {
        @JsonRpc
        public int twice(int value) {
            return 2 * value;
        }
    }

    static final String[] BAD = { "{", "nonsense", "[]", "[1,2]", "{\"jsonrpc\":\"2.0\"}", "{\"method\":5,\"id\":1}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[\"x\"],\"id\":1}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"nope\",\"id\":1}", "[".repeat(2000) };

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Inject
    Vertx vertx;

    @Test
    void floodOverBothTransports() throws Exception {
        try (WsClient client = WsClient.connect(vertx, uri)) {
            for (int i = 0; i < 500; i++) {
                client.send(BAD[i % BAD.length]);
            }
            for (int i = 0; i < 500; i++) {
                assertThat(client.next(Duration.ofSeconds(10))).contains("\"error\"");
            }
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[21],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":42,\"id\":1}");
        }
        for (int i = 0; i < 200; i++) {
            given().contentType("application/json").body(BAD[i % BAD.length]).post("/jsonrpc").then().statusCode(200);
        }
    }
}
