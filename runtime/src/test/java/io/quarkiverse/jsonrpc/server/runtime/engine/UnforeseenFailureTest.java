package io.quarkiverse.jsonrpc.server.runtime.engine;

import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.MAPPER;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.awaited;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.bytes;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.method;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.session;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.smallrye.mutiny.Multi;

/**
 * An exception nobody foresaw, thrown by the engine or by what it calls while it handles a message, is answered
 * -32603 with the request's id where it was read, and logged once at ERROR with its stack trace: it used to escape
 * {@code handle}, which over HTTP gave status 500 with the stack trace, and over WebSocket no answer at all.
 */
class UnforeseenFailureTest {

    private static final String INTERNAL_ERROR = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32603,"
            + "\"message\":\"Internal error\"},\"id\":";

    @RegisterExtension
    final ErrorRecords errors = new ErrorRecords();

    /** Thrown before the message is read: its id is not known. */
    @Test
    void whileReadingTheMessage() {
        JsonRpcEngine engine = new JsonRpcEngine(new MethodTable(List.of(method("echo", args -> "ok"))),
                new BrokenParserMapper(),
                new EngineOptions(10, true, Map.of()));

        assertThat(answer(engine, "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"id\":1}", session(JsonRpcTransport.HTTP)))
                .isEqualTo(INTERNAL_ERROR + "null}");
        assertLoggedOnce("A message could not be answered but with -32603: the server failed");
    }

    /** Thrown while a call runs, on the way (a session that fails to make a call's context) or in a Uni that fails. */
    @Test
    void whileAnsweringACall() {
        JsonRpcEngine engine = new JsonRpcEngine(new MethodTable(List.of(method("echo", args -> "ok"),
                method("broken", args -> "never"), method("stream", args -> Multi.createFrom().item(1)))), MAPPER,
                new EngineOptions(10, true, Map.of()));
        TransportSession session = new BrokenSession();

        assertThat(answer(engine, "{\"jsonrpc\":\"2.0\",\"method\":\"broken\",\"id\":7}", session))
                .isEqualTo(INTERNAL_ERROR + "7}");
        // thrown where the result is turned into the reply, after the method ran: the Uni fails
        assertThat(answer(engine, "{\"jsonrpc\":\"2.0\",\"method\":\"stream\",\"id\":\"s\"}", session))
                .isEqualTo(INTERNAL_ERROR + "\"s\"}");
        // the other members of a batch are answered
        assertThat(answer(engine, "[{\"jsonrpc\":\"2.0\",\"method\":\"stream\",\"id\":1},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"id\":2}]", session))
                .isEqualTo("[" + INTERNAL_ERROR + "1},{\"jsonrpc\":\"2.0\",\"result\":\"ok\",\"id\":2}]");
        // a notification is answered nothing, but logged
        assertThat(bytes(awaited(engine.handle(utf8("{\"jsonrpc\":\"2.0\",\"method\":\"broken\"}"), session))))
                .isNull();
        assertThat(engine.admission().callsInFlight()).isZero();
        assertThat(errors.records()).extracting(LogRecord::getMessage).containsExactly(
                "Method broken [id: 7] could not be answered but with -32603: the server failed (further"
                        + " java.lang.IllegalStateException failures of it are logged at DEBUG)",
                "Method stream [id: \"s\"] could not be answered but with -32603: the server failed (further"
                        + " java.lang.IllegalStateException failures of it are logged at DEBUG)");
        assertThat(errors.records()).allSatisfy(
                record -> assertThat(record.getThrown()).isInstanceOf(IllegalStateException.class));
        assertThat(answer(engine, "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"id\":3}", session))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"ok\",\"id\":3}");
    }

    private void assertLoggedOnce(String message) {
        assertThat(errors.records()).hasSize(1);
        assertThat(errors.records().get(0).getMessage()).startsWith(message);
        assertThat(errors.records().get(0).getThrown()).isInstanceOf(IllegalStateException.class);
    }

    private static String answer(JsonRpcEngine engine, String message, TransportSession session) {
        return new String(bytes(awaited(engine.handle(utf8(message), session))), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A mapper that cannot make a parser. */
    private static final class BrokenParserMapper extends ObjectMapper {

        @Override
        public JsonParser createParser(byte[] content) {
            throw new IllegalStateException("the parser is broken");
        }

        @Override
        public ObjectMapper copy() {
            return new BrokenParserMapper();
        }
    }

    /** A transport's session with bugs: it cannot make the context of a call of "broken", nor take a stream. */
    private static final class BrokenSession implements TransportSession {

        private final TransportSession session = session(JsonRpcTransport.WEBSOCKET);

        @Override
        public JsonRpcTransport transport() {
            return JsonRpcTransport.WEBSOCKET;
        }

        @Override
        public CallContext context(CallInfo call) {
            if ("broken".equals(call.request.method())) {
                throw new IllegalStateException("no context");
            }
            return session.context(call);
        }

        @Override
        public String subscribe(String method, Multi<?> stream) {
            throw new IllegalStateException("no streams");
        }

        @Override
        public boolean unsubscribe(String subscriptionId) {
            return false;
        }
    }
}
