package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** {@code traffic-logging.payload-limit=-1} logs every message whole, however long. */
public class TrafficLoggingPayloadLimitTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(TrafficLoggingTest.class, TrafficLoggingTest.Methods.class,
                    LogWatch.class))
            .overrideConfigKey("quarkus.jsonrpc-server.traffic-logging.enabled", "true")
            .overrideConfigKey("quarkus.jsonrpc-server.traffic-logging.payload-limit", "-1")
            .overrideConfigKey("quarkus.log.category.\"" + TrafficLoggingTest.CATEGORY + "\".level", "DEBUG");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aMessagePastTheDefaultLimitIsLoggedWhole() {
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"length\",\"params\":[\"" + "x".repeat(200)
                + "\"],\"id\":1}";
        List<String> lines;
        try (LogWatch log = LogWatch.under(TrafficLoggingTest.CATEGORY);
                JsonRpcTestClient client = JsonRpcTestClient.http(uri)) {
            assertThat(client.exchange(request)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":200,\"id\":1}");
            lines = log.records().stream().map(LogWatch::message).toList();
        }

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).endsWith("] received: " + request);
    }
}
