package io.quarkiverse.jsonrpc.server.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.jsonrpc.server.it.FuzzCase.Answered;
import io.quarkiverse.jsonrpc.server.it.FuzzCase.Expected;

/**
 * Generates malformed messages from a seed, each with the answer a correct server gives: the same seed gives the same
 * messages, so a failure can be replayed.
 */
final class MalformedMessages {

    /** Valid messages, to be broken; none ends with whitespace, so every proper prefix is malformed JSON. */
    private static final List<String> VALID = List.of(
            """
                    {"jsonrpc":"2.0","method":"subtract","params":[42,23],"id":1}""",
            """
                    {"jsonrpc": "2.0", "method": "subtract", "params": {"subtrahend": 23, "minuend": 42}, "id": 3}""",
            """
                    {"jsonrpc":"2.0","method":"update","params":[1,2,3,4,5]}""",
            """
                    {"jsonrpc":"2.0","method":"echo","params":[{"text":"héllo wörld ✓ 🔑","list":[1,2.5,-3e10,true,\
                    false,null],"nested":{"a":{"b":[]}}}],"id":"e-1"}""",
            """
                    {"jsonrpc":"2.0","method":"translate","params":[{"x":1,"y":2},10,20],"id":9007199254740993}""",
            """
                    {"method":"subtract","params":[42,23],"id":1.10}""",
            """
                    [{"jsonrpc":"2.0","method":"sum","params":[1,2,4],"id":"1"},\
                    {"jsonrpc":"2.0","method":"notify_hello","params":[7]},{"jsonrpc":"2.0","method":"get_data","id":"9"}]""",
            """
                    {"jsonrpc":"2.0","method":"math.pow","params":{"base":2,"exponent":0.5},"id":null}""",
            """
                    {"jsonrpc":"2.0","method":"describeCall","id":"é\\u00e9\\ud83d\\udd11"}""");

    /** Valid calls with an id, to be broken. */
    private static final List<String> CALLS = List.of(VALID.get(0), VALID.get(1), VALID.get(3), VALID.get(4),
            VALID.get(5), VALID.get(7), VALID.get(8));

    private static final List<String> NOT_INTS = List.of("\"abc\"", "\"1 2\"", "{}", "{\"n\":1}", "[]", "[1]");

    private static final byte[][] INVALID_UTF8 = {
            { (byte) 0xff }, { (byte) 0xfe }, { (byte) 0x80 }, { (byte) 0xbf }, { (byte) 0xc0, (byte) 0x80 },
            { (byte) 0xc1, (byte) 0xbf }, { (byte) 0xe2, (byte) 0x82 }, { (byte) 0xf0, (byte) 0x9f, (byte) 0x92 },
            { (byte) 0xed, (byte) 0xa0, (byte) 0x80 }, { (byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80 },
            { (byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 } };

    private final Random random;
    private final RandomJson randomJson;
    private final ObjectWriter writer = Json.MAPPER.writer();
    private final ObjectWriter asciiWriter = Json.MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    MalformedMessages(long seed) {
        this.random = new Random(seed);
        this.randomJson = new RandomJson(random);
    }

    /** Messages that are text, for a WebSocket text frame or an HTTP body. */
    List<FuzzCase> text() {
        List<FuzzCase> cases = new ArrayList<>();
        truncated(800, cases);
        wrongMemberTypes(500, cases);
        wrongParamTypes(200, cases);
        deepNesting(cases);
        hugeNumbers(10, cases);
        exponentsOutOfRange(cases);
        escapedOddities(cases);
        randomText(300, cases);
        randomJson(1000, cases);
        return cases;
    }

    /** Messages that are not UTF-8 (some random bytes are, by chance): an HTTP body, a binary or a text frame. */
    List<FuzzCase> notUtf8() {
        List<FuzzCase> cases = new ArrayList<>();
        truncatedBytes(200, cases);
        invalidUtf8(300, cases);
        randomBytes(300, cases);
        return cases;
    }

    private void truncated(int count, List<FuzzCase> cases) {
        for (int i = 0; i < count; i++) {
            int[] codePoints = pick(VALID).codePoints().toArray();
            cases.add(FuzzCase.of("truncated", new String(codePoints, 0, random.nextInt(codePoints.length)),
                    Expected.PARSE_ERROR));
        }
    }

    private void truncatedBytes(int count, List<FuzzCase> cases) {
        for (int i = 0; i < count; i++) {
            byte[] bytes = pick(VALID).getBytes(StandardCharsets.UTF_8);
            byte[] prefix = new byte[random.nextInt(bytes.length)];
            System.arraycopy(bytes, 0, prefix, 0, prefix.length);
            cases.add(FuzzCase.of("truncated bytes", prefix, Expected.PARSE_ERROR));
        }
    }

    /**
     * A valid call with one member of a type the specification does not allow: -32600, keeping a valid id. Not
     * {@code "jsonrpc": "1.0"}, which makes a 1.0 request.
     */
    private void wrongMemberTypes(int count, List<FuzzCase> cases) {
        List<String> members = List.of("jsonrpc", "method", "params", "id");
        List<List<String>> wrongValues = List.of(
                List.of("2.0", "2", "\"1.1\"", "\"2\"", "\"\"", "null", "true", "[]", "{\"version\":\"2.0\"}", "\"2.0 \""),
                List.of("1", "1.5", "null", "true", "[]", "[\"subtract\"]", "{}", "{\"name\":\"subtract\"}"),
                List.of("\"bar\"", "1", "true", "false", "null"),
                List.of("true", "false", "[]", "[1]", "{}", "{\"id\":1}"));
        List<String> calls = List.of("""
                {"jsonrpc":"2.0","method":"subtract","params":[42,23],"id":1}""", """
                {"jsonrpc":"2.0","method":"echo","params":["x"],"id":"abc"}""", """
                {"jsonrpc":"2.0","method":"get_data","id":9007199254740993}""", """
                {"jsonrpc":"2.0","method":"sum","params":{"values":[1,2]},"id":-7}""", """
                {"jsonrpc":"2.0","method":"nope","params":[],"id":null}""");
        for (int i = 0; i < count; i++) {
            ObjectNode request = (ObjectNode) Json.parse(pick(calls));
            int member = random.nextInt(members.size());
            JsonNode id = member == 3 ? NullNode.instance : request.get("id");
            request.set(members.get(member), Json.parse(pick(wrongValues.get(member))));
            cases.add(new FuzzCase("wrong type of " + members.get(member), utf8(randomJson.shuffled(request)),
                    Expected.INVALID_REQUEST, id, Answered.ALWAYS));
        }
    }

    /** A valid request whose params do not fit the method's parameters: -32602. */
    private void wrongParamTypes(int count, List<FuzzCase> cases) {
        List<String> templates = List.of(
                "\"subtract\",\"params\":[%s,23]", "\"subtract\",\"params\":[42,%s]",
                "\"subtract\",\"params\":{\"minuend\":%s,\"subtrahend\":23}", "\"sum\",\"params\":[1,%s]",
                "\"translate\",\"params\":[{\"x\":1,\"y\":2},%s,2]", "\"math.pow\",\"params\":[%s,2]");
        List<String> notPoints = List.of("\"abc\"", "1", "[1,2]", "true", "{\"x\":\"abc\"}");
        List<String> ids = List.of("1", "\"p\"", "2.5", "-0");
        for (int i = 0; i < count; i++) {
            String id = pick(ids);
            String call = random.nextInt(6) == 0
                    ? "\"translate\",\"params\":[" + pick(notPoints) + ",1,2]"
                    : pick(templates).formatted(pick(NOT_INTS));
            cases.add(new FuzzCase("wrong param type", utf8("{\"jsonrpc\":\"2.0\",\"method\":" + call + ",\"id\":" + id
                    + "}"), Expected.INVALID_PARAMS, Json.parse(id), Answered.ALWAYS));
        }
    }

    private void deepNesting(List<FuzzCase> cases) {
        cases.add(FuzzCase.of("10,000 [", "[".repeat(10_000), Expected.PARSE_ERROR));
        cases.add(FuzzCase.of("10,000 {", "{\"a\":".repeat(10_000), Expected.PARSE_ERROR));
        for (int depth : new int[] { 1_001, 10_000 }) {
            cases.add(FuzzCase.of("nested arrays", "[".repeat(depth) + "]".repeat(depth), Expected.ERROR_WITHOUT_ID));
            cases.add(FuzzCase.of("nested objects", "{\"a\":".repeat(depth) + "1" + "}".repeat(depth),
                    Expected.ERROR_WITHOUT_ID));
        }
        for (int depth : new int[] { 10, 500, 998, 999, 1_000, 5_000, 10_000 }) {
            cases.add(FuzzCase.of("nested params", "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":["
                    + "[".repeat(depth) + "]".repeat(depth) + "],\"id\":1}", Expected.WELL_FORMED));
        }
        for (int i = 0; i < 20; i++) {
            StringBuilder open = new StringBuilder();
            for (int level = 100 + random.nextInt(10_000); level > 0; level--) {
                open.append(random.nextBoolean() ? "[" : "{\"k\":");
            }
            cases.add(FuzzCase.of("unclosed nesting", open.toString(), Expected.PARSE_ERROR));
        }
    }

    /** Numbers of 2,000 digits, beyond Jackson's default limit of 1,000, wherever a number may stand. */
    private void hugeNumbers(int rounds, List<FuzzCase> cases) {
        for (int i = 0; i < rounds; i++) {
            String huge = digits(2_000);
            for (String number : List.of(huge, "-" + huge, "0." + huge, "1e" + huge, huge + "." + huge)) {
                cases.add(FuzzCase.of("huge number", number, Expected.ERROR_WITHOUT_ID));
                cases.add(FuzzCase.of("huge number in a batch", "[" + number + "]", Expected.ERROR_WITHOUT_ID));
            }
            for (String call : List.of("\"nope\",\"id\":%s", "\"subtract\",\"params\":[%s,1],\"id\":1",
                    "\"subtract\",\"params\":{\"minuend\":%s,\"subtrahend\":1},\"id\":1", "\"echo\",\"params\":[%s],\"id\":1",
                    "\"echo\",\"params\":[0.%s],\"id\":1", "\"sum\",\"params\":[1,%s],\"id\":1")) {
                cases.add(FuzzCase.of("huge number in a call", "{\"jsonrpc\":\"2.0\",\"method\":" + call.formatted(huge)
                        + "}", Expected.WELL_FORMED));
            }
            cases.add(FuzzCase.of("huge number as version", "{\"jsonrpc\":" + huge
                    + ",\"method\":\"subtract\",\"params\":[1,2],\"id\":1}", Expected.WELL_FORMED));
        }
    }

    /**
     * Numbers of a few characters whose exponent no decimal holds, in params and as the id: a parse error, as Jackson
     * cannot read them into the tree of params or the id a method may ask for.
     */
    private static void exponentsOutOfRange(List<FuzzCase> cases) {
        for (String number : List.of("1e9999999999", "-1e-9999999999", "1.5E2147483648", "0.1e-2147483649")) {
            for (String call : List.of("\"subtract\",\"params\":[%s,1],\"id\":1", "\"echo\",\"params\":[[%s]],\"id\":1",
                    "\"describeCall\",\"id\":%s")) {
                cases.add(FuzzCase.of("exponent out of range", "{\"jsonrpc\":\"2.0\",\"method\":"
                        + call.formatted(number) + "}", Expected.PARSE_ERROR));
            }
        }
    }

    /** Escapes that decode to what UTF-8 cannot carry (lone surrogates) or to control characters. */
    private void escapedOddities(List<FuzzCase> cases) {
        for (String message : List.of(
                "{\"jsonrpc\":\"2.0\",\"method\":\"nope\",\"id\":\"\\ud800\"}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"\\udc00x\\ud800\"],\"id\":\"\\udfff\"}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"\\ud800\",\"id\":1}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":{\"\\ud800\":1},\"id\":1}",
                "{\"\\ud800\":1}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"\\u0000\\u001f\\\\\"],\"id\":\"\\u0000\"}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"describeCall\",\"id\":\"\\ud83d\\udd11\\ud83d\"}")) {
            cases.add(FuzzCase.of("escaped oddity", message, Expected.WELL_FORMED));
        }
        // a notification as JSON goes, but Jackson rejects the lone surrogate in a member name: a parse error
        cases.add(new FuzzCase("lone surrogate in a member name",
                utf8("{\"jsonrpc\":\"2.0\",\"method\":\"update\",\"params\":[1],\"\\ud800\":1}"), Expected.WELL_FORMED,
                NullNode.instance, Answered.MAYBE));
    }

    private void randomText(int count, List<FuzzCase> cases) {
        String alphabet = "{}[],:\"\\ \t\n0123456789.-+eEtrufalsn";
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(120); length > 0; length--) {
                switch (random.nextInt(4)) {
                    case 0 -> text.appendCodePoint(0x20 + random.nextInt(0x5f));
                    case 1 -> text.appendCodePoint(0xa0 + random.nextInt(0xd000));
                    case 2 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                    default -> text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            cases.add(FuzzCase.of("random text", text.toString(), Expected.ERROR_WITHOUT_ID));
        }
    }

    private void randomBytes(int count, List<FuzzCase> cases) {
        for (int i = 0; i < count; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            cases.add(FuzzCase.of("random bytes", bytes, Expected.ERROR_WITHOUT_ID));
        }
    }

    /**
     * A call with bytes that are not UTF-8: between tokens a parse error; elsewhere whatever the parser makes of them.
     * Jackson checks UTF-8 in values but not in member names, so {@code "id\xff"} is just another member, and a call
     * may turn into a notification.
     */
    private void invalidUtf8(int count, List<FuzzCase> cases) {
        for (int i = 0; i < count; i++) {
            byte[] call = pick(CALLS).getBytes(StandardCharsets.UTF_8);
            byte[] invalid = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
            boolean betweenTokens = random.nextInt(3) == 0;
            // right after the opening brace or bracket, where only whitespace or a token may stand
            int at = betweenTokens ? 1 : 1 + random.nextInt(call.length - 1);
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            message.write(call, 0, at);
            message.writeBytes(invalid);
            message.write(call, at, call.length - at);
            cases.add(betweenTokens
                    ? FuzzCase.of("invalid UTF-8 between tokens", message.toByteArray(), Expected.PARSE_ERROR)
                    : new FuzzCase("invalid UTF-8", message.toByteArray(), Expected.WELL_FORMED, NullNode.instance,
                            Answered.MAYBE));
        }
    }

    /** Random JSON, mostly shaped like requests, calling real methods with random params. */
    private void randomJson(int count, List<FuzzCase> cases) {
        for (int i = 0; i < count; i++) {
            JsonNode message = randomJson.message();
            byte[] bytes = write(random.nextBoolean() ? writer : asciiWriter, message);
            cases.add(new FuzzCase("random JSON", bytes, Expected.WELL_FORMED, NullNode.instance,
                    RandomJson.answered(message) ? Answered.ALWAYS : Answered.NEVER));
        }
    }

    /** The case as text, for bytes that are UTF-8: whether a call is still a call is known before sending it. */
    static FuzzCase decodedAsText(FuzzCase fuzzCase) {
        if (fuzzCase.answered() != Answered.MAYBE) {
            return fuzzCase;
        }
        boolean answered;
        try {
            JsonNode message = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(fuzzCase.text());
            answered = message.isMissingNode() || RandomJson.answered(message);
        } catch (IOException e) {
            answered = true;
        }
        return new FuzzCase(fuzzCase.kind(), fuzzCase.message(), fuzzCase.expected(), fuzzCase.id(),
                answered ? Answered.ALWAYS : Answered.NEVER);
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder().append((char) ('1' + random.nextInt(9)));
        while (digits.length() < count) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] utf8(Object text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] write(ObjectWriter writer, JsonNode message) {
        try {
            return writer.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
