package io.quarkiverse.jsonrpc.server.runtime.engine;

import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.MAPPER;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.method;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.session;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;

/**
 * The byte 0xFF, which UTF-8 never has, in a member name is a parse error, however many messages came before. Jackson
 * pads the last four bytes of a name with 0xFF to look it up among the names it has read before, and validates a name's
 * UTF-8 only when it is new: once "method" was read, the bytes {@code "meth\xFFod"} were taken for it, and a message
 * that is not UTF-8 was served as a call (over HTTP; WebSocket checks the UTF-8 of text frames first).
 */
class InvalidByteInMemberNameTest {

    static final JsonRpcEngine ENGINE = new JsonRpcEngine(new MethodTable(List.of(
            method("int", args -> args[0], value("value", int.class)))), MAPPER,
            new EngineOptions(10, false, Map.of()));

    static String answer(byte[] message) {
        Reply reply = ENGINE.handle(message, session(JsonRpcTransport.HTTP)).await().atMost(Duration.ofSeconds(5));
        return reply == null ? null : new String(reply.bytes(), StandardCharsets.UTF_8);
    }

    static byte[] withFF(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '~') {
                bytes[i] = (byte) 0xff;
            }
        }
        return bytes;
    }

    @Test
    void afterTheNameWasReadValid() {
        assertThat(answer(withFF("{\"jsonrpc\":\"2.0\",\"method\":\"int\",\"params\":[1],\"id\":1}")))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":1}");
        assertThat(answer(withFF("{\"jsonrpc\":\"2.0\",\"meth~od\":\"int\",\"params\":[2],\"id\":2}")))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"Parse error\",\"data\":"
                        + "\"Invalid UTF-8 start byte 0xff (line 1, column 23)\"},\"id\":null}");
        // "id" and "~id" are the same to the lookup too
        assertThat(answer(withFF("{\"jsonrpc\":\"2.0\",\"method\":\"int\",\"params\":[3],\"~id\":3}")))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"Parse error\",\"data\":"
                        + "\"Invalid UTF-8 start byte 0xff (line 1, column 47)\"},\"id\":null}");
    }

    /**
     * The error names the first fault, as Jackson alone did: a control character (as the first byte of a gzip header,
     * 0x1F) before a 0xFF (a gzip header's tenth byte, from Java's GZIPOutputStream), and a 0xFF before trailing
     * content.
     */
    @Test
    void theFirstFaultIsNamed() {
        assertThat(answer(withFF("\u001f{~}")))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"Parse error\",\"data\":"
                        + "\"Illegal character ((CTRL-CHAR, code 31)): only regular white space"
                        + " (\\\\r, \\\\n, \\\\t) is allowed between tokens (line 1, column 2)\"},\"id\":null}");
        assertThat(answer(withFF("{\"jsonrpc\":\"2.0\",\"meth~od\":\"int\",\"params\":[2],\"id\":2}}")))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"Parse error\",\"data\":"
                        + "\"Invalid UTF-8 start byte 0xff (line 1, column 23)\"},\"id\":null}");
    }

    /** UTF-16, which Jackson detects, holds 0xFF bytes in valid text: a BOM, and any ÿ. */
    @Test
    void utf16IsNotUtf8() {
        String call = "{\"jsonrpc\":\"2.0\",\"method\":\"int\",\"params\":[1],\"id\":\"\u00ff\"}";
        byte[] utf16 = call.getBytes(StandardCharsets.UTF_16);
        assertThat(answer(utf16)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":\"\u00ff\"}");
    }
}
