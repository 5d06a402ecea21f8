package io.quarkiverse.jsonrpc.server.runtime.engine;

import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.MAPPER;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.handle;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.json;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.method;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;

/** Limits the engine applies: batches turned off, the size of a batch and of a response, the tokens of a message. */
class EngineLimitsTest {

    @Test
    void batchesTurnedOffLeaveSingleRequestsAlone() {
        JsonRpcEngine noBatches = new JsonRpcEngine(new MethodTable(List.of(method("get_data", args -> 42))), MAPPER,
                new EngineOptions(0, true, Map.of()));
        assertThat(json(handle(noBatches, "{\"jsonrpc\":\"2.0\",\"method\":\"get_data\",\"id\":1}",
                JsonRpcTransport.HTTP))).isEqualTo(json("{\"jsonrpc\":\"2.0\",\"result\":42,\"id\":1}"));
        assertThat(json(handle(noBatches, "[{\"jsonrpc\":\"2.0\",\"method\":\"get_data\",\"id\":1}]",
                JsonRpcTransport.HTTP))).isEqualTo(json("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,"
                        + "\"message\":\"Invalid Request\",\"data\":\"Batches are turned off"
                        + " (quarkus.jsonrpc-server.max-batch-size=0): send one request per message\"},\"id\":null}"));
    }

    @Test
    void resultsLargerThanTheLimitAreNotSent() {
        JsonRpcEngine limited = new JsonRpcEngine(new MethodTable(List.of(
                method("text", args -> "x".repeat((Integer) args[0]), value("length", int.class)))), MAPPER,
                new EngineOptions(10, true, Map.of(), null, null, 60));
        String tooLarge = "{\"code\":-32603,\"message\":\"Result too large\",\"data\":\"The response would exceed"
                + " 60 bytes, the limit of quarkus.jsonrpc-server.limits.max-response-size\"}";
        // 36 bytes of envelope around the text
        assertThat(new String(handle(limited, "{\"jsonrpc\":\"2.0\",\"method\":\"text\",\"params\":[24],\"id\":1}",
                JsonRpcTransport.HTTP), StandardCharsets.UTF_8)).hasSize(60);
        assertThat(json(handle(limited, "{\"jsonrpc\":\"2.0\",\"method\":\"text\",\"params\":[25],\"id\":1}",
                JsonRpcTransport.HTTP))).isEqualTo(json("{\"jsonrpc\":\"2.0\",\"error\":" + tooLarge + ",\"id\":1}"));
        // a result far beyond the limit stops being written once past it
        assertThat(json(handle(limited, "{\"jsonrpc\":\"2.0\",\"method\":\"text\",\"params\":[100000],\"id\":2}",
                JsonRpcTransport.HTTP)).get("error")).isEqualTo(json(tooLarge));
        // the batch response counts as a whole: the second result would take it past the limit
        assertThat(json(handle(limited, "[{\"jsonrpc\":\"2.0\",\"method\":\"text\",\"params\":[20],\"id\":1},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"text\",\"params\":[20],\"id\":2},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"nope\",\"id\":3}]", JsonRpcTransport.HTTP)))
                .isEqualTo(json("[{\"jsonrpc\":\"2.0\",\"result\":\"" + "x".repeat(20) + "\",\"id\":1},"
                        + "{\"jsonrpc\":\"2.0\",\"error\":" + tooLarge + ",\"id\":2},"
                        + "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
                        + "\"data\":\"No method named 'nope'\"},\"id\":3}]"));
    }

    /** The limit is on results: an error response is sent whole, its data included, whatever its size. */
    @Test
    void errorsAreNotCountedAgainstTheResponseSizeLimit() {
        JsonRpcEngine limited = new JsonRpcEngine(new MethodTable(List.of(method("refuse", args -> {
            throw new io.quarkiverse.jsonrpc.server.JsonRpcException(1001, "Refused", "x".repeat(100));
        }))), MAPPER, new EngineOptions(10, true, Map.of(), null, null, 60));
        assertThat(new String(handle(limited, "{\"jsonrpc\":\"2.0\",\"method\":\"refuse\",\"id\":1}",
                JsonRpcTransport.HTTP), StandardCharsets.UTF_8)).isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":1001,"
                        + "\"message\":\"Refused\",\"data\":\"" + "x".repeat(100) + "\"},\"id\":1}");
    }

    /**
     * Every token of a message counts, a batch's as one message: past the limit nothing more is read, and the data
     * names the property and where the token that passed it starts. {@code [1,2]} is four tokens.
     */
    @Test
    void aMessagePastTheTokenCountIsAParseErrorNamingTheLimit() {
        ObjectMapper mapper = MAPPER.copy();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxTokenCount(20).build());
        JsonRpcEngine engine = new JsonRpcEngine(new MethodTable(List.of(method("echo", args -> args[0],
                value("value", Object.class)))), mapper,
                new EngineOptions(10, true, Map.of(), null, null, 60_000, Map.of(ReadLimit.TOKEN_COUNT, 20L)));
        // { "jsonrpc" "2.0" "method" "echo" "params" [ [ ] ] "id" 1 }: 13 tokens around the 7 numbers
        String twenty = "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[[1,2,3,4,5,6,7]],\"id\":1}";
        assertThat(json(handle(engine, twenty, JsonRpcTransport.HTTP)))
                .isEqualTo(json("{\"jsonrpc\":\"2.0\",\"result\":[1,2,3,4,5,6,7],\"id\":1}"));
        String tooMany = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"Parse error\",\"data\":"
                + "\"The message has more than 20 JSON tokens, the limit of"
                + " quarkus.jsonrpc-server.limits.max-token-count (line 1, column 72)\"},\"id\":null}";
        // the 21st token is the 13th number, at column 72
        assertThat(json(handle(engine, twenty.replace("7]", "7,8,9,10,11,12,13,14]"), JsonRpcTransport.HTTP)))
                .isEqualTo(json(tooMany));
        // two requests of 12 tokens each: the batch is one message of 25, whose 21st is the second one's 1
        String small = "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[1],\"id\":1}";
        assertThat(json(handle(engine, "[" + small + "," + small + "]", JsonRpcTransport.HTTP)))
                .isEqualTo(json(tooMany.replace("column 72", "column 99")));
    }

    /**
     * Each read limit passed is told as the token count is: what was exceeded, the limit, who set it, where. The
     * property only where the limit in force is its value: one set larger than the mapper's own limit tightened
     * nothing, and the name length has no property.
     */
    @Test
    void aMessagePastAReadLimitIsAParseErrorNamingWhoSetIt() {
        ObjectMapper mapper = MAPPER.copy();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(5)
                .maxStringLength(10).maxNumberLength(5).maxNameLength(8).build());
        JsonRpcEngine engine = new JsonRpcEngine(new MethodTable(List.of(method("echo", args -> args[0],
                value("value", Object.class)))), mapper, new EngineOptions(10, true, Map.of(), null, null, 60_000,
                        Map.of(ReadLimit.NESTING_DEPTH, 5L, ReadLimit.STRING_LENGTH, 10L, ReadLimit.NUMBER_LENGTH, 50L)));
        String echo = "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[%s],\"id\":1}";
        assertThat(json(handle(engine, echo.formatted("[[[]]]"), JsonRpcTransport.HTTP)))
                .isEqualTo(json("{\"jsonrpc\":\"2.0\",\"result\":[[[]]],\"id\":1}"));
        assertThat(parseError(engine, echo.formatted("[[[[]]]]"))).isEqualTo("The message nests arrays and objects"
                + " deeper than 5 levels, the limit of quarkus.jsonrpc-server.limits.max-nesting-depth"
                + " (line 1, column 47)");
        assertThat(parseError(engine, echo.formatted("\"" + "x".repeat(11) + "\""))).isEqualTo("The message has a"
                + " string longer than 10 characters, the limit of quarkus.jsonrpc-server.limits.max-string-length"
                + " (line 1, column 44)");
        assertThat(parseError(engine, echo.formatted("123456"))).isEqualTo("The message has a number longer than 5"
                + " digits, the limit of the application's ObjectMapper (line 1, column 44)");
        // a name is told at the object that holds it
        assertThat(parseError(engine, echo.formatted("{\"abcdefghi\":1}"))).isEqualTo("The message has a member"
                + " name longer than 8 characters, the limit of the application's ObjectMapper (line 1, column 44)");
    }

    private static String parseError(JsonRpcEngine engine, String message) {
        var response = json(handle(engine, message, JsonRpcTransport.HTTP));
        assertThat(response.get("error").get("code").asInt()).isEqualTo(-32700);
        return response.get("error").get("data").asText();
    }

    /**
     * A batch over the limit is refused without being kept: its members past the limit are counted, not read into
     * requests. A 10 MB body of {@code [1,1,…]} (the default HTTP body limit) is 5,000,000 members, which as requests
     * took 675 MB before it was refused. Counted in bytes allocated by the thread that handles the message, which is
     * the one that parses it: the answer is an error, given without a call.
     */
    @Test
    void aBatchOverTheLimitIsRefusedWithoutReadingItsMembers() {
        JsonRpcEngine engine = new JsonRpcEngine(new MethodTable(List.of(method("get_data", args -> 42))), MAPPER,
                new EngineOptions(100, true, Map.of()));
        byte[] message = ("[" + "1,".repeat(4_999_999) + "1]").getBytes(StandardCharsets.US_ASCII);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        Reply reply = EngineTests.awaited(engine.handle(message, EngineTests.session(JsonRpcTransport.HTTP)));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(json(reply.bytes())).isEqualTo(json("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,"
                + "\"message\":\"Invalid Request\",\"data\":\"A batch of 5000000 requests exceeds the limit of 100"
                + " (quarkus.jsonrpc-server.max-batch-size)\"},\"id\":null}"));
        assertThat(allocated).as("bytes allocated to refuse the batch").isLessThan(10_000_000);
    }
}
