package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** Traffic logging is off by default: with its category at DEBUG, no message is logged over either transport. */
public class TrafficLoggingOffTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(TrafficLoggingTest.Methods.class, LogWatch.class))
            .overrideConfigKey("quarkus.log.category.\"" + TrafficLoggingTest.CATEGORY + "\".level", "DEBUG");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void noMessageIsLogged() {
        try (LogWatch log = LogWatch.under(TrafficLoggingTest.CATEGORY)) {
            try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
                assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"length\",\"params\":[\"abc\"],\"id\":1}"))
                        .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}");
            }
            try (JsonRpcTestClient client = JsonRpcTestClient.http(uri)) {
                assertThat(client.call(Integer.class, "length", "abc")).isEqualTo(3);
            }
            // the answers are in: had the messages been logged, their lines would be too
            assertThat(log.records()).isEmpty();
        }
    }
}
