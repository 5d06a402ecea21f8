package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.ReceivedMessage;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** With compression on and a threshold of 0, every message goes out compressed, as Vert.x sends them. */
public class CompressionThresholdZeroTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(TransportDefaultsTest.class,
                    TransportDefaultsTest.Texts.class, CompressionOnTest.class))
            .overrideConfigKey("quarkus.websockets-next.server.per-message-compression-supported", "true")
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.compression-threshold", "0");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void smallAnswerGoesOutCompressed() {
        try (WebSocketTestConnection connection = TransportDefaultsTest.offeringDeflate(uri)) {
            connection.send(CompressionOnTest.repeat(3, 1));

            ReceivedMessage message = connection.nextMessage();

            assertThat(message.text()).isEqualTo(CompressionOnTest.answer(3, 1));
            assertThat(message.compressed()).isTrue();
        }
    }
}
