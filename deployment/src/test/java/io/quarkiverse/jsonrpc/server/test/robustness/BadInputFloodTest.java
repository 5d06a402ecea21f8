package io.quarkiverse.jsonrpc.server.test.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** A flood of bad input is answered, message by message, without a single log line above DEBUG. */
public class BadInputFloodTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class))
            .setLogRecordPredicate(record -> record.getLevel().intValue() > Level.FINE.intValue()
                    && record.getLoggerName().startsWith("io.quarkiverse.jsonrpc"))
            .assertLogRecords(records -> assertThat(records).as("log lines above DEBUG").isEmpty());

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

    @Test
    void floodOverBothTransports() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            for (int i = 0; i < 500; i++) {
                client.send(BAD[i % BAD.length]);
            }
            for (int i = 0; i < 500; i++) {
                assertThat(client.next()).contains("\"error\"");
            }
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[21],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":42,\"id\":1}");
        }
        try (JsonRpcTestClient http = JsonRpcTestClient.http(uri)) {
            for (int i = 0; i < 200; i++) {
                assertThat(http.exchange(BAD[i % BAD.length])).contains("\"error\"");
            }
        }
    }
}
