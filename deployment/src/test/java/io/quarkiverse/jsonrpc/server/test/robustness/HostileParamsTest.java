package io.quarkiverse.jsonrpc.server.test.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Params and ids no Java type holds, and values of the wrong kind for types Jackson reads in ways of its own, over
 * both transports: each is answered, with a result or an error of the client's (-32700, -32602) whose message names
 * nothing of the server's Java; the WebSocket connection stays open and answers the next call, HTTP answers 200, and
 * nothing is logged above DEBUG. Before, a number like 1e9999999999 was answered over HTTP with status 500 and a stack
 * trace and left unanswered over WebSocket, and "abc" for an int[] was -32603 with a stack trace at ERROR.
 */
public class HostileParamsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Kinds.class))
            .setLogRecordPredicate(record -> record.getLevel().intValue() > Level.FINE.intValue()
                    && (record.getLoggerName().startsWith("io.quarkiverse.jsonrpc")
                            || record.getLoggerName().startsWith("io.quarkus.websockets.next")
                            || record.getLoggerName().startsWith("io.quarkus.vertx.http")))
            .assertLogRecords(records -> assertThat(records).as("log lines above DEBUG").isEmpty());

    public static class Kinds {
        @JsonRpc
        public int count(int[] values) {
            return values.length;
        }

        @JsonRpc
        public String open(URI uri, Locale locale) {
            return uri + " " + locale;
        }

        @JsonRpc
        public String level(byte level, LocalDate day) {
            return level + " " + day;
        }

        @JsonRpc
        public BigDecimal amount(BigDecimal value) {
            return value;
        }

        @JsonRpc
        public String id(JsonRpcContext context) {
            return String.valueOf(context.requestId());
        }
    }

    static final Set<Integer> CLIENTS_ERRORS = Set.of(-32700, -32600, -32601, -32602);
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String NEXT = "{\"jsonrpc\":\"2.0\",\"method\":\"amount\",\"params\":[1.50],\"id\":\"next\"}";
    static final String ANSWER = "{\"jsonrpc\":\"2.0\",\"result\":1.50,\"id\":\"next\"}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    static List<String> messages() {
        List<String> messages = new ArrayList<>();
        for (String number : List.of("1e9999999999", "-1e-2147483649", "123456789012345678901234567890")) {
            messages.add(call("amount", "[" + number + "]", "1"));
            messages.add(call("count", "[[1," + number + "]]", "1"));
            messages.add(call("level", "[" + number + ",\"2026-12-06\"]", "1"));
            messages.add(call("level", "[1," + number + "]", "1"));
            messages.add(call("id", "[]", number));
        }
        for (String value : List.of("\"abc\"", "\"1,2\"", "1", "true", "{}", "{\"a\":[]}")) {
            messages.add(call("count", "[" + value + "]", "\"c\""));
            messages.add(call("count", "{\"values\":" + value + "}", "\"c\""));
        }
        for (String value : List.of("{}", "[]", "[\"https://example.com\"]", "{\"path\":\"/\"}")) {
            messages.add(call("open", "[" + value + ",\"en\"]", "2"));
            messages.add(call("open", "[\"https://example.com\"," + value + "]", "2"));
        }
        for (String value : List.of("\"\\ud800\"", "\"\\u0000\"", "1.5", "300", "\"2026-13-45\"")) {
            messages.add(call("level", "[" + value + ",\"2026-12-06\"]", "3"));
            messages.add(call("level", "[1," + value + "]", "3"));
        }
        return messages;
    }

    static String call(String method, String params, String id) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + ",\"id\":" + id + "}";
    }

    @Test
    void overWebSocket() {
        List<String> failures = new ArrayList<>();
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            for (String message : messages()) {
                check(message, client.call(message), failures);
                assertThat(client.isOpen()).as("connection closed by %s", message).isTrue();
            }
            assertThat(client.call(NEXT)).isEqualTo(ANSWER);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void overHttp() {
        List<String> failures = new ArrayList<>();
        for (String message : messages()) {
            check(message, HttpRpc.call(message), failures);
        }
        assertThat(HttpRpc.call(NEXT)).isEqualTo(ANSWER);
        assertThat(failures).isEmpty();
    }

    static void check(String message, String answer, List<String> failures) {
        JsonNode response;
        try {
            response = MAPPER.readTree(answer);
        } catch (Exception e) {
            failures.add(message + " -> not JSON: " + answer);
            return;
        }
        // some are values Jackson takes: a 30-digit BigDecimal, 300 as a date's epoch day
        if (response.has("result")) {
            return;
        }
        JsonNode error = response.path("error");
        if (!CLIENTS_ERRORS.contains(error.path("code").asInt())) {
            failures.add(message + " -> " + answer);
            return;
        }
        String said = error.toString();
        for (String leak : List.of("Exception", "java.", "com.fasterxml", "io.quarkiverse", "\\tat ")) {
            if (said.contains(leak)) {
                failures.add(message + " -> '" + leak + "' in " + answer);
            }
        }
    }
}
