package io.quarkiverse.jsonrpc.server.test.openrpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A {@code Duration}'s schema is what the application's {@code ObjectMapper} writes: an ISO-8601 string once
 * {@code quarkus.jackson.write-durations-as-timestamps} is off (by default, its seconds: a number, see
 * {@link OpenRpcDocumentTest}). The result the server sends matches it.
 */
public class IsoDurationSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Timer.class))
            .overrideConfigKey("quarkus.jackson.write-durations-as-timestamps", "false");

    public static class Timer {
        @JsonRpc
        public Duration twice(Duration duration) {
            return duration.multipliedBy(2);
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void anIsoStringAsWritten() throws Exception {
        JsonNode document = Http.getJson("/jsonrpc/openrpc.json");
        String duration = "{\"type\":\"string\",\"format\":\"duration\"}";
        assertThat(document.at("/methods/0/params/0/schema").toString()).isEqualTo(duration);
        assertThat(document.at("/methods/0/result/schema").toString()).isEqualTo(duration);
        try (JsonRpcTestClient client = JsonRpcTestClient.http(uri)) {
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[\"PT1H\"],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"PT2H\",\"id\":1}");
        }
    }
}
