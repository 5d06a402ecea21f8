package io.quarkiverse.jsonrpc.server.test.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A message whose handling throws an exception nobody foresaw (here the ObjectMapper's parser factory fails on it) is
 * answered -32603 over both transports, logged once at ERROR, and the next message is answered as usual: it used to be
 * HTTP status 500 with a stack trace in the body, and no answer at all over WebSocket.
 */
public class UnforeseenFailureTest {

    static final String EXPLODING = "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"explode\"],\"id\":1}";
    static final String INTERNAL_ERROR = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32603,"
            + "\"message\":\"Internal error\"},\"id\":null}";
    static final String NEXT = "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"hi\"],\"id\":2}";
    static final String ANSWER = "{\"jsonrpc\":\"2.0\",\"result\":\"hi\",\"id\":2}";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class, Mapper.class, ExplodingFactory.class))
            .setLogRecordPredicate(record -> record.getLevel().intValue() > Level.FINE.intValue()
                    && (record.getLoggerName().startsWith("io.quarkiverse.jsonrpc")
                            || record.getLoggerName().startsWith("io.quarkus.websockets.next")
                            || record.getLoggerName().startsWith("io.quarkus.vertx.http")))
            .assertLogRecords(records -> {
                assertThat(records).extracting(LogRecord::getLevel).containsExactly(Level.SEVERE);
                assertThat(((ExtLogRecord) records.get(0)).getFormattedMessage()).isEqualTo("A message could not be"
                        + " answered but with -32603: the server failed (further java.lang.IllegalStateException"
                        + " failures of it are logged at DEBUG)");
                assertThat(records.get(0).getThrown()).hasMessage("exploded");
            });

    public static class Echo {
        @JsonRpc
        public String echo(String text) {
            return text;
        }
    }

    @Singleton
    public static class Mapper {
        @Produces
        @Singleton
        ObjectMapper mapper() {
            return new ObjectMapper(new ExplodingFactory());
        }
    }

    /** Fails to make a parser for a message that says "explode", as a bug would. */
    public static class ExplodingFactory extends JsonFactory {
        public ExplodingFactory() {
        }

        ExplodingFactory(JsonFactory source) {
            super(source, null);
        }

        @Override
        public JsonFactory copy() {
            return new ExplodingFactory(this);
        }

        @Override
        public JsonParser createParser(byte[] data) throws IOException {
            if (new String(data, StandardCharsets.UTF_8).contains("explode")) {
                throw new IllegalStateException("exploded");
            }
            return super.createParser(data);
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void overWebSocket() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(EXPLODING)).isEqualTo(INTERNAL_ERROR);
            assertThat(client.isOpen()).isTrue();
            assertThat(client.call(NEXT)).isEqualTo(ANSWER);
        }
    }

    @Test
    void overHttp() {
        // status 200, as for any error unless quarkus.jsonrpc-server.http.error-status-codes is set
        assertThat(HttpRpc.call(EXPLODING)).isEqualTo(INTERNAL_ERROR);
        assertThat(HttpRpc.call(NEXT)).isEqualTo(ANSWER);
    }
}
