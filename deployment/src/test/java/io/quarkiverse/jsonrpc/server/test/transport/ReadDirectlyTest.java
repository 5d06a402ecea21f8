package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * By default ({@code websocket.read-directly=true}) the extension reads a connection's messages from its Vert.x
 * WebSocket itself: websockets-next sees the connection open and none of its messages, as its own traffic log shows.
 * {@link ReadDirectlyOffTest} shows the other way.
 */
public class ReadDirectlyTest {

    static final String WEBSOCKETS_NEXT_TRAFFIC = "io.quarkus.websockets.next.traffic";
    static final String CALL = "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[42,23],\"id\":1}";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(ReadDirectlyOffTest.class, ReadDirectlyOffTest.Methods.class,
                    TransportDefaultsTest.Texts.class, FragmentedAnswers.class, LogWatch.class))
            .overrideConfigKey("quarkus.websockets-next.server.traffic-logging.enabled", "true")
            .overrideConfigKey("quarkus.log.category.\"" + WEBSOCKETS_NEXT_TRAFFIC + "\".level", "DEBUG");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void webSocketsNextSeesNoMessage() {
        List<String> lines = webSocketsNextTraffic(uri);

        assertThat(lines).anyMatch(line -> line.contains("connection opened"));
        assertThat(lines).noneMatch(line -> line.contains("text message"));
    }

    /** What websockets-next's traffic log says of a connection that makes a call, up to its answer. */
    static List<String> webSocketsNextTraffic(URI uri) {
        try (LogWatch log = LogWatch.under(WEBSOCKETS_NEXT_TRAFFIC);
                WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            // websockets-next logs a message it reads before its endpoint gets it, so before the answer
            assertThat(client.call(CALL)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":1}");
            return log.records().stream().map(LogWatch::message).toList();
        }
    }
}
