package io.quarkiverse.jsonrpc.server.runtime.engine;

import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.MAPPER;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.session;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkiverse.jsonrpc.common.json.ExactDecimals;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.smallrye.mutiny.Uni;

/**
 * Thousands of hostile messages from a fixed seed (see {@link HostileMessages}) through the engine, each held to what
 * the protocol promises whatever the input: an answer that is JSON in UTF-8 (or none, for notifications only), shaped
 * as the specification says, with one of the protocol's error codes, and a message that names nothing of the server's
 * Java: no exception, class or stack frame. Nothing is logged at ERROR: every input here is the client's mistake.
 */
class HostileInputFuzzTest {

    private static final long SEED = 20_261_206L;
    /** The client's mistakes; -32603 would be a failure of the server's, as none of the methods fails. */
    private static final Set<Integer> CODES = Set.of(-32700, -32600, -32601, -32602);
    /** What a stack trace, an exception or a Java type name in a message looks like. */
    private static final List<String> LEAKS = List.of("at io.", "at java.", "Exception", "java.", "javax.", "jakarta.",
            "com.fasterxml", "io.quarkiverse", "io.smallrye", "io.vertx", "jackson", "HostileInputFuzzTest");

    /** "cannot take an object as an object": a message that tells the client nothing. */
    private static final Pattern SAYS_NOTHING = Pattern.compile("cannot take (an? [a-z]+) as \\1\\b");

    public record Point(int x, int y) {
    }

    enum Color {
        RED,
        GREEN
    }

    /** The application's mapper as Quarkus configures it: unknown properties ignored, dates as text. */
    private static final ObjectMapper QUARKUS_MAPPER = MAPPER.copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

    private static final Map<String, Object> TYPES = typesByMethod();

    @RegisterExtension
    final ErrorRecords errors = new ErrorRecords();

    private final JsonRpcEngine engine = new JsonRpcEngine(new MethodTable(methods()), QUARKUS_MAPPER,
            new EngineOptions(10, false, Map.of()));

    @Test
    void everyMessageGetsTheProtocolsAnswer() {
        List<byte[]> messages = new HostileMessages(SEED).all(List.copyOf(TYPES.keySet()), 3_000);
        List<String> failures = new ArrayList<>();
        for (byte[] message : messages) {
            String problem = problem(message);
            if (problem != null) {
                failures.add(abbreviate(new String(message, StandardCharsets.UTF_8)) + " -> " + problem);
            }
        }
        assertThat(failures).as("%d of %d messages answered wrongly", failures.size(), messages.size()).isEmpty();
        assertThat(errors.records()).extracting(LogRecord::getMessage).isEmpty();
        // the server is still answering as before
        assertThat(answer(HostileMessages.utf8(HostileMessages.VALID.get(0))))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":42,\"id\":1}");
    }

    /** The ERROR records the test looks for do reach it: an unexpected failure of a method is logged so. */
    @Test
    void anUnexpectedFailureIsSeenInTheLog() {
        JsonRpcEngine failing = new JsonRpcEngine(new MethodTable(List.of(EngineTests.method("fail", args -> {
            throw new IllegalStateException("boom");
        }))), MAPPER, new EngineOptions(10, false, Map.of()));
        EngineTests.handle(failing, "{\"jsonrpc\":\"2.0\",\"method\":\"fail\",\"id\":1}", JsonRpcTransport.HTTP);
        assertThat(errors.records()).isNotEmpty();
    }

    private String answer(byte[] message) {
        Reply reply = engine.handle(message, session(JsonRpcTransport.WEBSOCKET)).await().atMost(Duration.ofSeconds(5));
        return reply == null ? null : new String(reply.bytes(), StandardCharsets.UTF_8);
    }

    /** What is wrong with the engine's answer to the message; {@code null} when nothing is. */
    private String problem(byte[] message) {
        Reply reply;
        try {
            reply = engine.handle(message, session(JsonRpcTransport.WEBSOCKET)).await().atMost(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            return "failed: " + e;
        }
        if (reply == null) {
            return onlyNotifications(message) ? null : "no answer";
        }
        if (wellFormedNotifications(message)) {
            return "an answer to notifications";
        }
        if (hasFFInUtf8(message) && !new String(reply.bytes(), StandardCharsets.UTF_8).contains("\"code\":-32700")) {
            return "no parse error for a 0xFF byte";
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(reply.bytes())).toString();
        } catch (CharacterCodingException e) {
            return "an answer that is not UTF-8";
        }
        // read as the request is, so that an id's number compares with the one sent
        JsonNode answer = wellFormed(reply.bytes());
        if (answer == null) {
            return "an answer that is not JSON: " + abbreviate(text);
        }
        List<String> problems = new ArrayList<>();
        if (answer.isArray()) {
            if (answer.isEmpty()) {
                problems.add("an empty batch answer");
            }
            answer.forEach(response -> check(response, problems));
        } else {
            check(answer, problems);
            JsonNode id = validId(message);
            if (id != null && answer.path("error").path("code").intValue() != -32700 && !id.equals(answer.get("id"))) {
                problems.add("not the request's id " + id);
            }
        }
        return problems.isEmpty() ? null : String.join("; ", problems) + " in " + abbreviate(text);
    }

    private static void check(JsonNode response, List<String> problems) {
        if (!response.isObject() || !response.has("id")) {
            problems.add("not a response");
            return;
        }
        JsonNode id = response.get("id");
        if (!id.isTextual() && !id.isNumber() && !id.isNull()) {
            problems.add("an id of another type");
        }
        boolean v2 = response.has("jsonrpc");
        if (v2 && (!"2.0".equals(response.get("jsonrpc").textValue()) || response.size() != 3
                || response.has("result") == response.has("error"))) {
            problems.add("not a 2.0 response");
        }
        if (!v2 && (response.size() != 3 || !response.has("result") || !response.has("error")
                || !response.get("result").isNull() && !response.get("error").isNull())) {
            problems.add("not a 1.0 response");
        }
        JsonNode error = response.path("error");
        if (!error.isObject()) {
            return;
        }
        if (!error.path("code").isInt() || !CODES.contains(error.get("code").intValue())) {
            problems.add("error code " + error.path("code"));
        }
        if (!error.path("message").isTextual() || error.get("message").textValue().isBlank()) {
            problems.add("no message");
        }
        String said = error.path("message").asText() + " " + (error.has("data") ? error.get("data").toString() : "");
        if (SAYS_NOTHING.matcher(said).find()) {
            problems.add("a value of a kind refused as of that kind");
        }
        for (String leak : LEAKS) {
            if (said.contains(leak)) {
                problems.add("'" + leak + "' in the error");
            }
        }
    }

    /** The id of a message that is one well-formed request with a string or number id; {@code null} otherwise. */
    private static JsonNode validId(byte[] message) {
        JsonNode parsed = wellFormed(message);
        JsonNode id = parsed == null ? null : parsed.path("id");
        return id != null && (id.isTextual() || id.isNumber()) ? id : null;
    }

    /** Whether every request of a well-formed message has no id, or a null one: only then may none be answered. */
    private static boolean onlyNotifications(byte[] message) {
        // syntax only: the engine skips a member it does not know without reading its numbers, or checking its UTF-8
        JsonNode parsed;
        try {
            parsed = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(new String(message, StandardCharsets.UTF_8));
        } catch (Exception e) {
            return false;
        }
        if (parsed == null || parsed.isArray() && parsed.isEmpty()) {
            return false;
        }
        for (JsonNode request : parsed.isArray() ? parsed : List.of(parsed)) {
            if (!request.isObject() || request.hasNonNull("id") || !request.path("method").isTextual()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a well-formed message holds only 2.0 notifications of valid shape: a string method, params an array or
     * an object or absent, no id. Whatever their method makes of them, none is answered.
     */
    private static boolean wellFormedNotifications(byte[] message) {
        JsonNode parsed = wellFormed(message);
        if (parsed == null || parsed.isArray() && parsed.isEmpty()) {
            return false;
        }
        for (JsonNode request : parsed.isArray() ? parsed : List.of(parsed)) {
            JsonNode params = request.path("params");
            if (!request.isObject() || request.has("id") || !"2.0".equals(request.path("jsonrpc").textValue())
                    || !request.path("method").isTextual() || !params.isMissingNode() && !params.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the message has a 0xFF byte, which UTF-8 never has, and no 0x00, which UTF-16 and UTF-32 have. */
    private static boolean hasFFInUtf8(byte[] message) {
        boolean ff = false;
        for (byte b : message) {
            if (b == 0) {
                return false;
            }
            ff |= b == (byte) 0xff;
        }
        return ff;
    }

    /**
     * The message as the engine reads it, decimals exact; {@code null} for one it cannot read. Decoded first: Jackson's
     * own parser of UTF-8 takes some bytes that are not UTF-8 in a name for a name it read before.
     */
    private static JsonNode wellFormed(byte[] message) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(message)).toString();
            return ExactDecimals.readTree(ExactDecimals.treeReader(MAPPER)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS), text.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "... (" + text.length() + " chars)";
    }

    /** A method per parameter type, each answering its argument: the writer gets what the binder made. */
    private static List<RpcMethod> methods() {
        List<RpcMethod> methods = new ArrayList<>();
        TYPES.forEach((name, type) -> methods.add(echo(name, type instanceof Class<?> c
                ? RpcParam.value("value", type(c))
                : (RpcParam) type)));
        methods.add(new RpcMethod("context", List.of(RpcParam.context("ctx", RpcParam.Kind.CONTEXT)),
                Set.of(JsonRpcTransport.WEBSOCKET, JsonRpcTransport.HTTP), (args, ctx) -> Uni.createFrom()
                        .item(() -> String.valueOf(((JsonRpcContext) args[0]).requestId()))));
        return methods;
    }

    private static RpcMethod echo(String name, RpcParam param) {
        Function<Object[], Object> body = args -> args[0] instanceof int[] values ? values.length : args[0];
        return EngineTests.method(name, body, param);
    }

    private static Map<String, Object> typesByMethod() {
        Map<String, Object> types = new java.util.LinkedHashMap<>();
        types.put("int", int.class);
        types.put("integer", Integer.class);
        types.put("long", long.class);
        types.put("short", short.class);
        types.put("byte", byte.class);
        types.put("char", char.class);
        types.put("float", float.class);
        types.put("double", double.class);
        types.put("boolean", boolean.class);
        types.put("decimal", BigDecimal.class);
        types.put("bigint", BigInteger.class);
        types.put("string", String.class);
        types.put("date", LocalDate.class);
        types.put("instant", Instant.class);
        types.put("offset", OffsetDateTime.class);
        types.put("duration", Duration.class);
        types.put("uuid", UUID.class);
        types.put("uri", URI.class);
        types.put("locale", java.util.Locale.class);
        types.put("currency", java.util.Currency.class);
        types.put("color", Color.class);
        types.put("point", Point.class);
        types.put("json", JsonNode.class);
        types.put("object", Object.class);
        types.put("ints", int[].class);
        types.put("longs", RpcParam.value("value", MAPPER.getTypeFactory().constructCollectionType(List.class,
                Long.class)));
        types.put("map", RpcParam.value("value", MAPPER.getTypeFactory().constructMapType(Map.class, String.class,
                Integer.class)));
        types.put("optional", new RpcParam("value", RpcParam.Kind.OPTIONAL, type(String.class)));
        types.put("sum", new RpcParam("value", RpcParam.Kind.VARARGS, type(int[].class)));
        return types;
    }
}
