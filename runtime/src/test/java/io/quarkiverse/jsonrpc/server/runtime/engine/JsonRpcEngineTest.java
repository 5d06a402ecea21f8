package io.quarkiverse.jsonrpc.server.runtime.engine;

import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.MAPPER;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.awaited;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.bytes;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.json;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.method;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.session;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.type;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.smallrye.mutiny.Uni;

/** The protocol engine without Quarkus: requests in, responses out, methods as lambdas. */
class JsonRpcEngineTest {

    /** Read with jackson-datatype-jdk8's deserializers, which the binder makes take 2.0 as 2 too. */
    public record Slot(java.util.OptionalInt hour, java.util.OptionalLong minute) {
    }

    record Point(int x, int y) {
    }

    record Meeting(LocalDate day, java.util.UUID room) {
    }

    record Holiday(@JsonFormat(pattern = "dd.MM.yyyy") LocalDate day) {
    }

    record Line(String sku, int qty) {
        Line {
            if (qty < 0) {
                throw new IllegalArgumentException("qty must not be negative");
            }
            if (qty > 1_000) {
                // a null check, as Kotlin's of a non-null property where its module does not read the class
                java.util.Objects.requireNonNull(sku, "Parameter specified as non-null is null: parameter sku");
            }
            if (qty == 999) {
                throw new IllegalStateException("the warehouse is not loaded");
            }
        }
    }

    record Order(String customer, List<Line> items) {
    }

    enum Color {
        RED,
        GREEN
    }

    static class NotEnoughMoney extends RuntimeException {
        NotEnoughMoney(String message) {
            super(message);
        }
    }

    /** What {@code held} calls wait for, and {@code release} completes. */
    final CompletableFuture<Object> release = new CompletableFuture<>();

    final JsonRpcEngine engine = new JsonRpcEngine(new MethodTable(List.of(
            method("subtract", args -> (Integer) args[0] - (Integer) args[1], value("minuend", int.class),
                    value("subtrahend", int.class)),
            method("sum", args -> java.util.Arrays.stream((int[]) args[0]).sum(),
                    new RpcParam("values", RpcParam.Kind.VARARGS, type(int[].class))),
            method("update", args -> null, new RpcParam("values", RpcParam.Kind.VARARGS, type(int[].class))),
            method("notify_hello", args -> null, value("value", int.class)),
            method("get_data", args -> List.of("hello", 5)),
            method("echo", args -> args[0], value("value", JsonNode.class)),
            method("nodeType", args -> args[0] == null ? "Java null" : ((JsonNode) args[0]).getNodeType(),
                    value("value", JsonNode.class)),
            method("order", args -> ((Order) args[0]).items().size(), value("order", Order.class)),
            method("paint", args -> args[0], value("color", Color.class)),
            method("total", args -> ((List<?>) args[0]).size(),
                    RpcParam.value("amounts", MAPPER.getTypeFactory().constructCollectionType(List.class, Long.class))),
            method("run", args -> null, value("task", Runnable.class)),
            method("greet", args -> "Hello " + ((Optional<?>) args[0]).map(Object::toString).orElse("world"),
                    new RpcParam("name", RpcParam.Kind.OPTIONAL, type(String.class))),
            method("salute", args -> (args[0] == null ? "Hi" : args[0]) + " " + args[1], value("name", String.class),
                    new RpcParam("greeting", RpcParam.Kind.NULLABLE, type(String.class))),
            method("entitle", args -> args[0] + " " + (args[1] == RpcParam.OMITTED ? "(default)" : args[1]),
                    value("name", String.class), new RpcParam("title", RpcParam.Kind.DEFAULTED, type(String.class))),
            method("move", args -> new Point(((Point) args[0]).x() + 1, ((Point) args[0]).y()), value("p", Point.class)),
            method("nextDay", args -> ((LocalDate) args[0]).plusDays(1), value("day", LocalDate.class)),
            method("find", args -> args[0], value("id", java.util.UUID.class)),
            method("since", args -> args[0].toString(), value("day", java.sql.Date.class)),
            method("at", args -> args[0], value("instant", java.time.Instant.class)),
            method("meet", args -> args[0], value("meeting", Meeting.class)),
            // a Kotlin parameter without ?: declared non-null
            method("nextWeek", args -> ((LocalDate) args[0]).plusWeeks(1),
                    new RpcParam("day", RpcParam.Kind.VALUE, type(LocalDate.class), true)),
            method("meetAll", args -> args[0], RpcParam.value("meetings",
                    MAPPER.getTypeFactory().constructMapType(Map.class, String.class, Meeting.class))),
            method("rest", args -> args[0], value("holiday", Holiday.class)),
            method("whereAmI", args -> ((JsonRpcContext) args[0]).transport() + " " + ((JsonRpcContext) args[0]).method()
                    + " " + ((JsonRpcContext) args[0]).requestId(), RpcParam.context("ctx", RpcParam.Kind.CONTEXT)),
            method("fail", args -> {
                throw new IllegalStateException("boom");
            }),
            method("broke", args -> {
                throw new NotEnoughMoney("only 3 left");
            }),
            method("refuse", args -> {
                throw new JsonRpcException(-32010, "Refused", Map.of("reason", "no"));
            }),
            method("refuseWithoutMessage", args -> {
                throw new JsonRpcException(1000, null);
            }),
            method("brokeWithoutMessage", args -> {
                throw new NotEnoughMoney(null);
            }),
            new RpcMethod("held", List.of(), Set.of(JsonRpcTransport.WEBSOCKET, JsonRpcTransport.HTTP),
                    (args, ctx) -> Uni.createFrom().completionStage(release)),
            method("release", args -> release.complete("released")),
            new RpcMethod("wsOnly", List.of(), Set.of(JsonRpcTransport.WEBSOCKET),
                    (args, ctx) -> Uni.createFrom().item("ws")))),
            MAPPER, new EngineOptions(3, true, Map.of(NotEnoughMoney.class.getName(), new DeclaredError(-32020, ""))));

    // --- the examples of section 7 of the JSON-RPC 2.0 specification

    @Test
    void positionalParameters() {
        assertResponse("{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [42, 23], \"id\": 1}",
                "{\"jsonrpc\": \"2.0\", \"result\": 19, \"id\": 1}");
        assertResponse("{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [23, 42], \"id\": 2}",
                "{\"jsonrpc\": \"2.0\", \"result\": -19, \"id\": 2}");
    }

    @Test
    void namedParameters() {
        assertResponse(
                "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": {\"subtrahend\": 23, \"minuend\": 42}, \"id\": 3}",
                "{\"jsonrpc\": \"2.0\", \"result\": 19, \"id\": 3}");
    }

    @Test
    void notificationsGetNoResponse() {
        assertThat(handle("{\"jsonrpc\": \"2.0\", \"method\": \"update\", \"params\": [1,2,3,4,5]}")).isNull();
        assertThat(handle("{\"jsonrpc\": \"2.0\", \"method\": \"foobar\"}")).isNull();
        assertThat(handle("{\"jsonrpc\": \"2.0\", \"method\": \"fail\"}")).isNull();
    }

    @Test
    void nonExistentMethod() {
        assertError("{\"jsonrpc\": \"2.0\", \"method\": \"foobar\", \"id\": \"1\"}", -32601, "Method not found", "\"1\"");
    }

    @Test
    void invalidJson() {
        assertError("{\"jsonrpc\": \"2.0\", \"method\": \"foobar, \"params\": \"bar\", \"baz]", -32700, "Parse error", "null");
    }

    /** What the parser found and where, without what Jackson says of the server's own parser. */
    @Test
    void aParseErrorSaysWhatAndWhereInTheClientsTerms() {
        assertThat(parseErrorData("{\"a\":1")).isEqualTo("Unexpected end-of-input: expected close marker for Object"
                + " (start marker at line 1, column 1) (line 1, column 7)");
        assertThat(parseErrorData("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"id\":NaN}"))
                .isEqualTo("Non-standard token 'NaN' (line 1, column 39)");
        assertThat(parseErrorData("{/* note */\"jsonrpc\":\"2.0\"}")).isEqualTo("Unexpected character ('/' (code 47)):"
                + " maybe a (non-standard) comment? (line 1, column 2)");
        assertThat(parseErrorData("{\"jsonrpc\":\"2.0\",\"method\":\"x\"} {}"))
                .isEqualTo("Unexpected content after the end of the JSON value (line 1, column 33)");
    }

    private String parseErrorData(String message) {
        JsonNode error = json(handle(message)).get("error");
        assertThat(error.get("code").asInt()).isEqualTo(-32700);
        return error.get("data").asText();
    }

    @Test
    void invalidRequestObject() {
        assertError("{\"jsonrpc\": \"2.0\", \"method\": 1, \"params\": \"bar\"}", -32600, "Invalid Request", "null");
    }

    @Test
    void batchWithInvalidJson() {
        assertError(
                "[ {\"jsonrpc\": \"2.0\", \"method\": \"sum\", \"params\": [1,2,4], \"id\": \"1\"}, {\"jsonrpc\": \"2.0\", \"method\" ]",
                -32700, "Parse error", "null");
    }

    @Test
    void emptyBatch() {
        assertError("[]", -32600, "Invalid Request", "null");
    }

    @Test
    void invalidNonEmptyBatch() {
        JsonNode response = json(handle("[1]"));
        assertThat(response.isArray()).isTrue();
        assertThat(response).hasSize(1);
        assertThat(withoutData(response.get(0))).isEqualTo(
                json("{\"jsonrpc\": \"2.0\", \"error\": {\"code\": -32600, \"message\": \"Invalid Request\"}, \"id\": null}"));
    }

    @Test
    void invalidBatch() {
        JsonNode response = json(handle("[1,2,3]"));
        assertThat(response).hasSize(3);
        response.forEach(r -> assertThat(r.get("error").get("code").asInt()).isEqualTo(-32600));
    }

    @Test
    void mixedBatch() {
        JsonRpcEngine engine = new JsonRpcEngine(new MethodTable(this.engineMethods()), MAPPER,
                new EngineOptions(100, true, Map.of()));
        String batch = """
                [
                    {"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},
                    {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]},
                    {"jsonrpc": "2.0", "method": "subtract", "params": [42,23], "id": "2"},
                    {"foo": "boo"},
                    {"jsonrpc": "2.0", "method": "foo.get", "params": {"name": "myself"}, "id": "5"},
                    {"jsonrpc": "2.0", "method": "get_data", "id": "9"}
                ]""";
        JsonNode response = withoutData(json(EngineTests.handle(engine, batch, JsonRpcTransport.HTTP)));
        assertThat(response).isEqualTo(json("""
                [
                    {"jsonrpc": "2.0", "result": 7, "id": "1"},
                    {"jsonrpc": "2.0", "result": 19, "id": "2"},
                    {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null},
                    {"jsonrpc": "2.0", "error": {"code": -32601, "message": "Method not found"}, "id": "5"},
                    {"jsonrpc": "2.0", "result": ["hello", 5], "id": "9"}
                ]"""));
    }

    @Test
    void allNotificationBatch() {
        assertThat(handle("[{\"jsonrpc\": \"2.0\", \"method\": \"notify_sum\", \"params\": [1,2,4]},"
                + "{\"jsonrpc\": \"2.0\", \"method\": \"notify_hello\", \"params\": [7]}]")).isNull();
    }

    // --- beyond the examples

    @Test
    void batchLargerThanTheLimit() {
        JsonNode response = json(handle("[" + "{\"jsonrpc\":\"2.0\",\"method\":\"get_data\",\"id\":1},".repeat(3)
                + "{\"jsonrpc\":\"2.0\",\"method\":\"get_data\",\"id\":1}]"));
        assertThat(response.get("error").get("code").asInt()).isEqualTo(-32600);
        assertThat(response.get("error").get("data").asText()).contains("4 requests", "limit of 3", "max-batch-size");
    }

    @Test
    void idsAreEchoedExactly() {
        for (String id : List.of("\"abc\"", "0", "-7", "12345678901234567890123", "1.10", "2.5e3", "null")) {
            JsonNode response = json(handle("{\"jsonrpc\":\"2.0\",\"method\":\"get_data\",\"id\":" + id + "}"));
            assertThat(new String(handle("{\"jsonrpc\":\"2.0\",\"method\":\"get_data\",\"id\":" + id + "}"),
                    StandardCharsets.UTF_8)).endsWith("\"id\":" + id + "}");
            assertThat(response.get("result")).isNotNull();
        }
    }

    @Test
    void invalidIds() {
        assertError("{\"jsonrpc\":\"2.0\",\"method\":\"get_data\",\"id\":{}}", -32600, "Invalid Request", "null");
        assertError("{\"jsonrpc\":\"2.0\",\"method\":\"get_data\",\"id\":[1]}", -32600, "Invalid Request", "null");
        assertError("{\"jsonrpc\":\"2.0\",\"method\":\"get_data\",\"id\":true}", -32600, "Invalid Request", "null");
    }

    @Test
    void versionMustBeExactly2() {
        assertError("{\"jsonrpc\":2.0,\"method\":\"get_data\",\"id\":1}", -32600, "Invalid Request", "1");
        assertError("{\"jsonrpc\":\"2\",\"method\":\"get_data\",\"id\":1}", -32600, "Invalid Request", "1");
        assertThat(json(handle("{\"jsonrpc\":\"1.1\",\"method\":\"get_data\",\"id\":1}")).at("/error/data").asText())
                .isEqualTo("'jsonrpc' must be \"2.0\" (or \"1.0\", or absent, for JSON-RPC 1.0)");
    }

    @Test
    void paramsMustBeStructured() {
        assertError("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":5,\"id\":1}", -32600, "Invalid Request", "1");
        assertError("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":null,\"id\":1}", -32600, "Invalid Request", "1");
    }

    @Test
    void invalidParamsNameTheParameter() {
        assertThat(errorMessage("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[1],\"id\":1}", -32602))
                .contains("missing required parameter 'subtrahend'");
        assertThat(errorMessage("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[1,2,3],\"id\":1}", -32602))
                .contains("takes 2 params, 3 given");
        assertThat(errorMessage("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":{\"minuend\":1,\"x\":2},\"id\":1}",
                -32602)).contains("unknown parameter 'x'");
        assertThat(errorMessage("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[\"a\",2],\"id\":1}", -32602))
                .contains("parameter 'minuend'");
        assertThat(errorMessage("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[null,2],\"id\":1}", -32602))
                .contains("parameter 'minuend' must not be null");
        assertThat(errorMessage("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[1.9,2],\"id\":1}", -32602))
                .contains("parameter 'minuend'");
        // inside a param: the path in the client's JSON, and what the place takes
        assertThat(errorMessage("{\"jsonrpc\":\"2.0\",\"method\":\"move\",\"params\":[{\"x\":\"left\"}],\"id\":1}", -32602))
                .isEqualTo("Invalid params: 'p.x' cannot take \"left\" as an integer");
        // null for a primitive inside a param, as for a primitive param: not a silent 0
        assertInvalidParams("\"move\",\"params\":[{\"x\":null,\"y\":2}]", "'p.x' must not be null");
        assertInvalidParams("\"sum\",\"params\":[1,null]", "'values[1]' must not be null");
        // an element of a primitive array is said as the element, not as the array Jackson names
        assertInvalidParams("\"sum\",\"params\":[1,\"\"]", "'values[1]' cannot take \"\" as an integer");
        assertInvalidParams("\"order\",\"params\":[{\"items\":[{\"sku\":\"a\",\"qty\":null}]}]",
                "'order.items[0].qty' must not be null");
        // an omitted member is not null: it keeps its default, as Jackson reads a record
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"move\",\"params\":[{\"y\":2}],\"id\":1}", "{\"x\":1,\"y\":2}");
    }

    /**
     * What does not fit is said in JSON's terms, the value shown as the client sent it: no Java type, no Jackson
     * message (they name the server's classes, which the client can do nothing with).
     */
    @Test
    void aValueOfTheWrongTypeIsSaidInJsonTerms() {
        assertInvalidParams("\"subtract\",\"params\":[\"forty-two\",2]",
                "parameter 'minuend' cannot take \"forty-two\" as an integer");
        assertInvalidParams("\"subtract\",\"params\":[\"NaN\",2]", "parameter 'minuend' cannot take \"NaN\" as an integer");
        assertInvalidParams("\"subtract\",\"params\":[1.5,2]", "parameter 'minuend' cannot take 1.5 as an integer");
        assertInvalidParams("\"subtract\",\"params\":{\"minuend\":true,\"subtrahend\":2}",
                "parameter 'minuend' cannot take true as an integer");
        assertInvalidParams("\"subtract\",\"params\":[{},2]", "parameter 'minuend' cannot take an object as an integer");
        assertInvalidParams("\"subtract\",\"params\":[4294967296,2]",
                "parameter 'minuend' cannot take 4294967296 as an integer from -2147483648 to 2147483647");
        assertInvalidParams("\"order\",\"params\":[\"x\"]", "parameter 'order' cannot take \"x\" as an object");
        assertInvalidParams("\"total\",\"params\":[5]", "parameter 'amounts' cannot take 5 as an array");
        assertInvalidParams("\"sum\",\"params\":{\"values\":5}", "parameter 'values' cannot take 5 as an array");
    }

    /**
     * A number whose fraction is zero is an integer, as JSON Schema (and so the OpenRPC document) counts it, and as
     * Python sends a float that holds one: read exactly, into every integer type, by position, by name and inside a
     * param. A fraction, or a value past the type's range, is still refused.
     */
    @Test
    void aNumberWithAZeroFractionIsAnInteger() {
        JsonRpcEngine integers = new JsonRpcEngine(new MethodTable(List.of(method("integers",
                args -> java.util.Arrays.stream(args).map(arg -> arg.getClass().getSimpleName() + " " + arg).toList(),
                value("i", int.class), value("l", long.class), value("s", short.class), value("b", byte.class),
                value("boxed", Long.class), value("big", java.math.BigInteger.class)))), MAPPER,
                new EngineOptions(10, true, Map.of()));
        String read = "[\"Integer 2\",\"Long 100\",\"Short -3\",\"Byte 0\",\"Long 7\",\"BigInteger 12345678901234567890\"]";
        assertThat(json(EngineTests.handle(integers, "{\"jsonrpc\":\"2.0\",\"method\":\"integers\","
                + "\"params\":[2.0,1e2,-3.00,-0.0,7.0,1.234567890123456789e19],\"id\":1}", JsonRpcTransport.HTTP)))
                .isEqualTo(json("{\"jsonrpc\":\"2.0\",\"result\":" + read + ",\"id\":1}"));
        assertThat(json(EngineTests.handle(integers, "{\"jsonrpc\":\"2.0\",\"method\":\"integers\",\"params\":{\"i\":2.0,"
                + "\"l\":1E+2,\"s\":-3.00,\"b\":-0.0,\"boxed\":7.0,\"big\":12345678901234567890.000},\"id\":1}",
                JsonRpcTransport.HTTP))).isEqualTo(json("{\"jsonrpc\":\"2.0\",\"result\":" + read + ",\"id\":1}"));
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"move\",\"params\":[{\"x\":2.0,\"y\":1e1}],\"id\":1}",
                "{\"x\":3,\"y\":10}");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"total\",\"params\":{\"amounts\":[1.0,2e0]},\"id\":1}", "2");

        assertInvalidParams("\"subtract\",\"params\":{\"minuend\":1.5,\"subtrahend\":2}",
                "parameter 'minuend' cannot take 1.5 as an integer");
        assertInvalidParams("\"subtract\",\"params\":[1e10,2]",
                "parameter 'minuend' cannot take 1e10 as an integer from -2147483648 to 2147483647");
        assertInvalidParams("\"move\",\"params\":[{\"x\":2.5,\"y\":0}]", "'p.x' cannot take 2.5 as an integer");
        assertInvalidParams("\"order\",\"params\":[{\"items\":[{\"qty\":3e9}]}]",
                "'order.items[0].qty' cannot take 3e9 as an integer from -2147483648 to 2147483647");
        assertThat(json(EngineTests.handle(integers, "{\"jsonrpc\":\"2.0\",\"method\":\"integers\","
                + "\"params\":[2,1,1,1,1,0.5],\"id\":1}", JsonRpcTransport.HTTP)).get("error").get("message").asText())
                .isEqualTo("Invalid params: parameter 'big' cannot take 0.5 as an integer");
        assertThat(json(EngineTests.handle(integers, "{\"jsonrpc\":\"2.0\",\"method\":\"integers\","
                + "\"params\":[2,1,1,128.0,1,1],\"id\":1}", JsonRpcTransport.HTTP)).get("error").get("message").asText())
                .isEqualTo("Invalid params: parameter 'b' cannot take 128.0 as an integer from -128 to 127");
        // a map's value past its range, which Jackson passes on without a path: said where it is all the same
        JsonRpcEngine maps = new JsonRpcEngine(new MethodTable(List.of(method("tally", args -> args[0],
                RpcParam.value("counts", MAPPER.getTypeFactory().constructMapType(Map.class, String.class,
                        Integer.class)),
                RpcParam.value("series", MAPPER.getTypeFactory().constructType(
                        new com.fasterxml.jackson.core.type.TypeReference<Map<String, List<Short>>>() {
                        }))))),
                MAPPER, new EngineOptions(10, true, Map.of()));
        for (String[] params : new String[][] {
                { "[{\"a\":1,\"b\":4294967296},{}]", "'counts.b' cannot take 4294967296 as an integer from -2147483648 to"
                        + " 2147483647" },
                { "[{\"a\":1e10},{}]", "'counts.a' cannot take 1e10 as an integer from -2147483648 to 2147483647" },
                { "[{},{\"x\":[1,40000]}]", "'series.x[1]' cannot take 40000 as an integer from -32768 to 32767" } }) {
            assertThat(json(EngineTests.handle(maps, "{\"jsonrpc\":\"2.0\",\"method\":\"tally\",\"params\":"
                    + params[0] + ",\"id\":1}", JsonRpcTransport.HTTP)).get("error").get("message").asText())
                    .isEqualTo("Invalid params: " + params[1]);
        }
        // an OptionalInt or OptionalLong inside a param, as an int is
        JsonRpcEngine optionals = new JsonRpcEngine(new MethodTable(List.of(method("book", args -> args[0],
                value("slot", Slot.class)))), MAPPER, new EngineOptions(10, true, Map.of()));
        assertThat(json(EngineTests.handle(optionals, "{\"jsonrpc\":\"2.0\",\"method\":\"book\",\"params\":"
                + "[{\"hour\":2.0,\"minute\":1e1}],\"id\":1}", JsonRpcTransport.HTTP)))
                .isEqualTo(json("{\"jsonrpc\":\"2.0\",\"result\":{\"hour\":2,\"minute\":10},\"id\":1}"));
        for (String[] params : new String[][] {
                { "{\"hour\":2.5}", "'slot.hour' cannot take 2.5 as an integer" },
                { "{\"hour\":3e9}", "'slot.hour' cannot take 3e9 as an integer from -2147483648 to 2147483647" },
                { "{\"hour\":4294967296}", "'slot.hour' cannot take 4294967296 as an integer from -2147483648 to"
                        + " 2147483647" },
                { "{\"minute\":\"soon\"}", "'slot.minute' cannot take \"soon\" as an integer" } }) {
            assertThat(json(EngineTests.handle(optionals, "{\"jsonrpc\":\"2.0\",\"method\":\"book\",\"params\":["
                    + params[0] + "],\"id\":1}", JsonRpcTransport.HTTP)).get("error").get("message").asText())
                    .isEqualTo("Invalid params: " + params[1]);
        }
        // Jackson reads 128 to 255 into a byte, wrapped around (200 would be -56): refused, as past the range
        for (String b : new String[] { "200", "-129", "\"200\"" }) {
            assertThat(json(EngineTests.handle(integers, "{\"jsonrpc\":\"2.0\",\"method\":\"integers\","
                    + "\"params\":[2,1,1," + b + ",1,1],\"id\":1}", JsonRpcTransport.HTTP)).get("error").get("message")
                    .asText()).isEqualTo("Invalid params: parameter 'b' cannot take " + b + " as an integer from -128 to 127");
        }
        // the binder reads with a copy: the application's mapper, for REST and the rest, is left as it was
        assertThatThrownBy(() -> MAPPER.readerFor(int.class)
                .without(com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT).readValue("2.0"))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidFormatException.class);
    }

    /** An array of a primitive integer type, and a varargs one, read their elements as the element type is read. */
    @Test
    void anArrayOfAPrimitiveIntegerTypeTakesIntegersAsItsElementTypeDoes() {
        JsonRpcEngine arrays = new JsonRpcEngine(new MethodTable(List.of(
                method("ints", args -> java.util.Arrays.toString((int[]) args[0]), value("values", int[].class)),
                method("bytes", args -> java.util.Arrays.toString((byte[]) args[0]), value("values", byte[].class)),
                method("longs", args -> java.util.Arrays.toString((long[]) args[0]), value("values", long[].class)))),
                MAPPER, new EngineOptions(10, true, Map.of()));
        Function<String, String> call = request -> new String(EngineTests.handle(arrays, "{\"jsonrpc\":\"2.0\","
                + request + ",\"id\":1}", JsonRpcTransport.HTTP), StandardCharsets.UTF_8);

        assertThat(call.apply("\"method\":\"ints\",\"params\":[[2.0,1e2,-3]]"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"[2, 100, -3]\",\"id\":1}");
        assertThat(call.apply("\"method\":\"longs\",\"params\":{\"values\":[1.0e18,\"7\"]}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"[1000000000000000000, 7]\",\"id\":1}");
        assertThat(call.apply("\"method\":\"bytes\",\"params\":[[127,-128,2.0]]"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"[127, -128, 2]\",\"id\":1}");
        // a byte[] as base64, as Jackson reads one
        assertThat(call.apply("\"method\":\"bytes\",\"params\":[\"AQI=\"]"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"[1, 2]\",\"id\":1}");

        assertThat(json(call.apply("\"method\":\"ints\",\"params\":[[1,2.5]]"))
                .get("error").get("message").asText())
                .isEqualTo("Invalid params: 'values[1]' cannot take 2.5 as an integer");
        assertThat(json(call.apply("\"method\":\"bytes\",\"params\":[[1,200]]"))
                .get("error").get("message").asText())
                .isEqualTo("Invalid params: 'values[1]' cannot take 200 as an integer from -128 to 127");
        assertThat(json(call.apply("\"method\":\"ints\",\"params\":[[1,null]]"))
                .get("error").get("message").asText())
                .isEqualTo("Invalid params: 'values[1]' must not be null");
    }

    @Test
    void tooManyParamsAreCounted() {
        assertInvalidParams("\"subtract\",\"params\":[1,2,3]", "method 'subtract' takes 2 params, 3 given");
        assertInvalidParams("\"paint\",\"params\":[\"RED\",\"GREEN\"]", "method 'paint' takes 1 param, 2 given");
        assertInvalidParams("\"get_data\",\"params\":[1]", "method 'get_data' takes no params, 1 given");
    }

    @Test
    void aValueInsideAParamIsNamedByItsPath() {
        assertInvalidParams("\"order\",\"params\":[{\"customer\":\"Ada\",\"items\":[{\"sku\":\"a\",\"qty\":1},"
                + "{\"sku\":\"b\",\"qty\":1},{\"sku\":\"c\",\"qty\":\"many\"}]}]",
                "'order.items[2].qty' cannot take \"many\" as an integer");
        assertInvalidParams("\"order\",\"params\":{\"order\":{\"items\":[{\"qty\":99999999999}]}}",
                "'order.items[0].qty' cannot take 99999999999 as an integer from -2147483648 to 2147483647");
        assertInvalidParams("\"order\",\"params\":[{\"items\":[{\"qtx\":1}]}]",
                "'order.items[0].qtx' is unknown: the object takes \"sku\", \"qty\"");
        assertInvalidParams("\"total\",\"params\":[[\"1\",\"x\"]]", "'amounts[1]' cannot take \"x\" as an integer");
        assertInvalidParams("\"total\",\"params\":[[99999999999999999999]]",
                "'amounts[0]' cannot take 99999999999999999999 as an integer from -9223372036854775808 to 9223372036854775807");
        // the application's own check, in a record's constructor, speaks to the caller
        assertInvalidParams("\"order\",\"params\":[{\"items\":[{\"qty\":-1}]}]",
                "'order.items[0]' cannot take an object: qty must not be negative");
        // a null check's message names the server's classes: said without it
        assertInvalidParams("\"order\",\"params\":[{\"items\":[{\"qty\":1001}]}]",
                "'order.items[0]' cannot take an object: a member it requires is missing or null");
        // anything else the constructor throws is its bug, not the caller's: -32603, with details here
        assertThat(errorMessage("{\"jsonrpc\":\"2.0\",\"method\":\"order\",\"params\":[{\"items\":[{\"qty\":999}]}],"
                + "\"id\":1}", -32603)).isEqualTo("A constructor failed reading parameter 'order' (" + Order.class.getName()
                        + "): java.lang.IllegalStateException: the warehouse is not loaded");
    }

    /** A method declared to return something else, that returns a stream over HTTP: it exists and ran, so not -32601. */
    @Test
    void aStreamReturnedOverHttpIsAnInternalError() {
        JsonRpcEngine streaming = new JsonRpcEngine(new MethodTable(List.of(method("anything",
                args -> io.smallrye.mutiny.Multi.createFrom().items(1, 2)))), MAPPER,
                new EngineOptions(10, true, Map.of()));
        assertThat(json(EngineTests.handle(streaming, "{\"jsonrpc\":\"2.0\",\"method\":\"anything\",\"id\":1}",
                JsonRpcTransport.HTTP))).isEqualTo(json("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32603,\"message\":"
                        + "\"Internal error\",\"data\":\"The method returned a stream, which only a WebSocket connection"
                        + " carries\"},\"id\":1}"));
    }

    @Test
    void anUnknownEnumConstantIsAnsweredWithTheKnownOnes() {
        assertInvalidParams("\"paint\",\"params\":[\"BLUE\"]", "parameter 'color' cannot take \"BLUE\", only one of \"RED\","
                + " \"GREEN\"");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"paint\",\"params\":[\"GREEN\"],\"id\":1}", "\"GREEN\"");
    }

    /** JSON-RPC 1.0 and the members of a batch are bound alike, each member answered for its own params. */
    @Test
    void invalidParamsInVersion1AndInABatch() {
        JsonNode v1 = json(handle("{\"method\":\"subtract\",\"params\":[\"x\",2],\"id\":1}"));
        assertThat(v1.get("error")).isEqualTo(json("{\"code\":-32602,"
                + "\"message\":\"Invalid params: parameter 'minuend' cannot take \\\"x\\\" as an integer\"}"));
        JsonNode batch = json(handle("[{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[1],\"id\":1},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,2],\"id\":2},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"paint\",\"params\":{\"colour\":\"RED\"},\"id\":3}]"));
        assertThat(batch).isEqualTo(json("[{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                + "\"message\":\"Invalid params: missing required parameter 'subtrahend'\"},\"id\":1},"
                + "{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":2},"
                + "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                + "\"message\":\"Invalid params: unknown parameter 'colour' for method 'paint'\"},\"id\":3}]"));
    }

    /** As Jackson reads a null for a JsonNode: a NullNode, which the method can ask, not a Java null. */
    @Test
    void nullForAJsonNodeIsANullNode() {
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"nodeType\",\"params\":[null],\"id\":1}", "\"NULL\"");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"nodeType\",\"params\":{\"value\":[1]},\"id\":1}",
                "\"ARRAY\"");
    }

    /** A type the mapper cannot read whatever the params is the server's fault: an internal error, not invalid params. */
    @Test
    void aParamTypeTheMapperCannotReadIsAnInternalError() {
        JsonNode error = json(handle("{\"jsonrpc\":\"2.0\",\"method\":\"run\",\"params\":[{}],\"id\":1}")).get("error");
        assertThat(error.get("code").asInt()).isEqualTo(-32603);
        assertThat(error.get("message").asText()).startsWith("The application's ObjectMapper cannot read parameter 'task'"
                + " (java.lang.Runnable): Cannot construct instance of `java.lang.Runnable`");
        // Jackson's exception, which a developer can look up, rather than the extension's that explains it
        assertThat(error.get("data").get("exception").asText())
                .isEqualTo("com.fasterxml.jackson.databind.exc.InvalidDefinitionException");
    }

    @Test
    void varargsTakeTheRemainingPositionalParams() {
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":[1,2,3,4],\"id\":1}", "10");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":[],\"id\":1}", "0");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":{\"values\":[5,6]},\"id\":1}", "11");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"id\":1}", "0");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":{\"values\":null},\"id\":1}", "0");
    }

    @Test
    void optionalParamsMayBeOmitted() {
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"greet\",\"id\":1}", "\"Hello world\"");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"greet\",\"params\":{},\"id\":1}", "\"Hello world\"");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"greet\",\"params\":[null],\"id\":1}", "\"Hello world\"");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"greet\",\"params\":[\"you\"],\"id\":1}", "\"Hello you\"");
    }

    @Test
    void nullableParamsMayBeOmitted() {
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"salute\",\"params\":[\"Ada\"],\"id\":1}", "\"Ada null\"");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"salute\",\"params\":{\"name\":\"Ada\"},\"id\":1}",
                "\"Ada null\"");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"salute\",\"params\":[\"Ada\",null],\"id\":1}",
                "\"Ada null\"");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"salute\",\"params\":[\"Ada\",\"Hello\"],\"id\":1}",
                "\"Ada Hello\"");
        // only the nullable one may be omitted
        assertThat(errorMessage("{\"jsonrpc\":\"2.0\",\"method\":\"salute\",\"params\":[],\"id\":1}", -32602))
                .isEqualTo("Invalid params: missing required parameter 'name'");
    }

    @Test
    void paramsWithADefaultValueAreGivenAsOmittedForTheInvokerToFill() {
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"entitle\",\"params\":[\"Ada\"],\"id\":1}",
                "\"Ada (default)\"");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"entitle\",\"params\":{\"name\":\"Ada\"},\"id\":1}",
                "\"Ada (default)\"");
        // null is a value, not an omission
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"entitle\",\"params\":[\"Ada\",null],\"id\":1}",
                "\"Ada null\"");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"entitle\",\"params\":{\"title\":\"Dr\",\"name\":\"Ada\"},"
                + "\"id\":1}", "\"Ada Dr\"");
        assertThat(errorMessage("{\"jsonrpc\":\"2.0\",\"method\":\"entitle\",\"params\":[],\"id\":1}", -32602))
                .isEqualTo("Invalid params: missing required parameter 'name'");
    }

    @Test
    void recordsJavaTimeAndTrees() {
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"move\",\"params\":[{\"x\":1,\"y\":2}],\"id\":1}", "{\"x\":2,\"y\":2}");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"nextDay\",\"params\":[\"2024-02-28\"],\"id\":1}", "[2024,2,29]");
        // a string not in the form the type is written in: the form, as the client is to write it
        assertInvalidParams("\"nextDay\",\"params\":[\"2024-13-01\"]",
                "parameter 'day' cannot take \"2024-13-01\" as a date (ISO 8601, like \"2024-05-01\")");
        assertInvalidParams("\"nextDay\",\"params\":[\"tomorrow\"]",
                "parameter 'day' cannot take \"tomorrow\" as a date (ISO 8601, like \"2024-05-01\")");
        assertInvalidParams("\"since\",\"params\":[\"soon\"]",
                "parameter 'day' cannot take \"soon\" as a date (ISO 8601, like \"2024-05-01\")");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"since\",\"params\":[\"2024-05-01\"],\"id\":1}",
                "\"2024-05-01\"");
        assertInvalidParams("\"find\",\"params\":[\"42\"]",
                "parameter 'id' cannot take \"42\" as a UUID (like \"123e4567-e89b-12d3-a456-426614174000\")");
        assertInvalidParams("\"at\",\"params\":[\"yesterday\"]", "parameter 'instant' cannot take \"yesterday\""
                + " as a date and time with an offset (ISO 8601, like \"2024-05-01T13:45:00Z\")");
        // bytes are base64 text, a char a string of one character, though Java's types are an array and a number
        JsonRpcEngine strings = new JsonRpcEngine(new MethodTable(List.of(
                method("size", args -> ((byte[]) args[0]).length, value("data", byte[].class)),
                method("initial", args -> String.valueOf(args[0]), value("letter", char.class)))), MAPPER,
                new EngineOptions(10, true, Map.of()));
        for (String[] call : new String[][] {
                { "size", "[\"aGk=\"]", "2" },
                { "size", "[\"not base64!!\"]",
                        "parameter 'data' cannot take \"not base64!!\" as base64 text (like \"aGVsbG8=\")" },
                { "initial", "[\"a\"]", "\"a\"" },
                { "initial", "[\"ab\"]", "parameter 'letter' cannot take \"ab\" as a string of one character"
                        + " (like \"a\")" },
                { "initial", "[\"\"]", "parameter 'letter' cannot take \"\" as a string of one character"
                        + " (like \"a\")" } }) {
            JsonNode answer = json(EngineTests.handle(strings, "{\"jsonrpc\":\"2.0\",\"method\":\"" + call[0]
                    + "\",\"params\":" + call[1] + ",\"id\":1}", JsonRpcTransport.HTTP));
            assertThat(answer.has("result") ? answer.get("result").toString()
                    : answer.get("error").get("message").asText().replace("Invalid params: ", "")).isEqualTo(call[2]);
        }
        // any other kind of value too: the form is what the client is to send
        assertInvalidParams("\"nextDay\",\"params\":[true]",
                "parameter 'day' cannot take true as a date (ISO 8601, like \"2024-05-01\")");
        assertInvalidParams("\"find\",\"params\":[{}]",
                "parameter 'id' cannot take an object as a UUID (like \"123e4567-e89b-12d3-a456-426614174000\")");
        // "" is read as null, as Jackson coerces an empty string: a param declared non-null does not take it either
        assertInvalidParams("\"nextWeek\",\"params\":[\"\"]",
                "parameter 'day' cannot take \"\" as a date (ISO 8601, like \"2024-05-01\")");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"nextWeek\",\"params\":[\"2024-02-28\"],\"id\":1}",
                "[2024,3,6]");
        // inside a param too, where nothing chose another form
        assertInvalidParams("\"meet\",\"params\":[{\"day\":\"soon\",\"room\":\"x\"}]",
                "'meeting.day' cannot take \"soon\" as a date (ISO 8601, like \"2024-05-01\")");
        assertInvalidParams("\"meetAll\",\"params\":[{\"monday\":{\"day\":\"soon\"}}]",
                "'meetings.monday.day' cannot take \"soon\" as a date (ISO 8601, like \"2024-05-01\")");
        // a @JsonFormat on the property may have chosen another form: only the kind of value is said
        assertInvalidParams("\"rest\",\"params\":[{\"day\":\"2024-05-01\"}]",
                "'holiday.day' cannot take \"2024-05-01\"");
        assertInvalidParams("\"meet\",\"params\":[{\"day\":\"2024-05-01\",\"room\":\"x\"}]",
                "'meeting.room' cannot take \"x\" as a UUID (like \"123e4567-e89b-12d3-a456-426614174000\")");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[{\"a\":[1,{\"b\":null}]}],\"id\":1}",
                "{\"a\":[1,{\"b\":null}]}");
    }

    @Test
    void contextParameterIsFilledNotBound() {
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"whereAmI\",\"params\":[],\"id\":7}", "\"WEBSOCKET whereAmI 7\"");
        assertThat(errorMessage("{\"jsonrpc\":\"2.0\",\"method\":\"whereAmI\",\"params\":{\"ctx\":1},\"id\":1}", -32602))
                .contains("unknown parameter 'ctx'");
    }

    @Test
    void transportRestriction() {
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"wsOnly\",\"id\":1}", "\"ws\"");
        JsonNode overHttp = json(
                EngineTests.handle(engine, "{\"jsonrpc\":\"2.0\",\"method\":\"wsOnly\",\"id\":1}", JsonRpcTransport.HTTP));
        assertThat(overHttp.get("error").get("code").asInt()).isEqualTo(-32601);
    }

    @Test
    void applicationErrors() {
        JsonNode refused = json(handle("{\"jsonrpc\":\"2.0\",\"method\":\"refuse\",\"id\":1}"));
        assertThat(refused.get("error"))
                .isEqualTo(json("{\"code\":-32010,\"message\":\"Refused\",\"data\":{\"reason\":\"no\"}}"));
        JsonNode declared = json(handle("{\"jsonrpc\":\"2.0\",\"method\":\"broke\",\"id\":1}"));
        assertThat(declared.get("error")).isEqualTo(json("{\"code\":-32020,\"message\":\"only 3 left\"}"));
    }

    /** The specification's error object always has a message, a string: an exception without one gets its code's. */
    @Test
    void anErrorWithoutAMessageGetsOneForItsCode() {
        assertThat(json(handle("{\"jsonrpc\":\"2.0\",\"method\":\"refuseWithoutMessage\",\"id\":1}")).get("error"))
                .isEqualTo(json("{\"code\":1000,\"message\":\"Application error\"}"));
        assertThat(json(handle("{\"jsonrpc\":\"2.0\",\"method\":\"brokeWithoutMessage\",\"id\":1}")).get("error"))
                .isEqualTo(json("{\"code\":-32020,\"message\":\"Server error\"}"));
        assertThat(new ErrorObject(-32602, null, null).message()).isEqualTo("Invalid params");
    }

    /** A member given twice counts with its last value, as Jackson reads an object: its first value's problem too. */
    @Test
    void aRepeatedMemberCountsWithItsLastValue() {
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":\"x\",\"params\":[3,1],\"id\":1}", "2");
        assertResult("{\"jsonrpc\":\"3.0\",\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":1}",
                "2");
        assertResult("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":{},\"id\":1}", "2");
        // and the other way round: a bad last value is the problem
        assertThat(json(handle("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"params\":\"x\",\"id\":1}")))
                .isEqualTo(json("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request\","
                        + "\"data\":\"'params' must be an array or an object, not a string\"},\"id\":1}"));
    }

    @Test
    void unexpectedExceptionsShowDetailsOnlyWhenAsked() {
        JsonNode detailed = json(handle("{\"jsonrpc\":\"2.0\",\"method\":\"fail\",\"id\":1}"));
        assertThat(detailed.get("error")).isEqualTo(json(
                "{\"code\":-32603,\"message\":\"boom\",\"data\":{\"exception\":\"java.lang.IllegalStateException\",\"message\":\"boom\"}}"));
        JsonRpcEngine quiet = new JsonRpcEngine(new MethodTable(engineMethods()), MAPPER,
                new EngineOptions(10, false, Map.of()));
        JsonNode hidden = json(
                EngineTests.handle(quiet, "{\"jsonrpc\":\"2.0\",\"method\":\"fail\",\"id\":1}", JsonRpcTransport.HTTP));
        assertThat(hidden.get("error")).isEqualTo(json("{\"code\":-32603,\"message\":\"Internal error\"}"));
        assertThat(hidden.toString()).doesNotContain("boom", "Exception", "at io.");
    }

    @Test
    void version1() {
        assertResponse("{\"method\":\"subtract\",\"params\":[42,23],\"id\":1}", "{\"result\":19,\"error\":null,\"id\":1}");
        JsonNode error = json(handle("{\"method\":\"nope\",\"params\":[],\"id\":\"x\"}"));
        assertThat(error.has("jsonrpc")).isFalse();
        assertThat(error.get("result").isNull()).isTrue();
        assertThat(error.get("error").get("code").asInt()).isEqualTo(-32601);
        assertThat(error.get("id").asText()).isEqualTo("x");
        assertThat(handle("{\"method\":\"subtract\",\"params\":[42,23],\"id\":null}")).isNull();
        assertResponse("{\"method\":\"get_data\",\"params\":null,\"id\":2}",
                "{\"result\":[\"hello\",5],\"error\":null,\"id\":2}");
        // as Bitcoin Core's clients send it: a 1.0 request, answered in 1.0
        assertResponse("{\"jsonrpc\":\"1.0\",\"method\":\"subtract\",\"params\":[42,23],\"id\":\"curltest\"}",
                "{\"result\":19,\"error\":null,\"id\":\"curltest\"}");
        assertThat(handle("{\"jsonrpc\":\"1.0\",\"method\":\"subtract\",\"params\":[42,23],\"id\":null}")).isNull();
        // a 1.0 request whose method is no string: refused, in 1.0
        JsonNode invalid = json(handle("{\"method\":5,\"id\":35}"));
        assertThat(invalid.has("jsonrpc")).isFalse();
        assertThat(invalid.get("result").isNull()).isTrue();
        assertThat(invalid.get("error").get("code").asInt()).isEqualTo(-32600);
        assertThat(invalid.get("id").asInt()).isEqualTo(35);
    }

    @Test
    void malformedMessages() {
        for (String bad : List.of("", " ", "{", "[", "nul", "{\"a\":1}{", "\"just a string\"", "42", "{} {}", "[1,]")) {
            JsonNode response = json(handle(bad));
            assertThat(response.get("error").get("code").asInt()).as(bad).isIn(-32700, -32600);
            assertThat(response.get("id").isNull()).isTrue();
        }
        JsonNode invalidUtf8 = json(handle(new byte[] { '{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}' }));
        assertThat(invalidUtf8.get("error").get("code").asInt()).isEqualTo(-32700);
        JsonNode deep = json(handle("[".repeat(5000) + "]".repeat(5000)));
        assertThat(deep.get("error").get("code").asInt()).isEqualTo(-32700);
    }

    /**
     * A message is read as JSON text is exchanged: UTF-8, with or without a byte order mark (which RFC 8259 lets a
     * parser ignore), or UTF-16 or UTF-32, told apart by its first bytes. The response is UTF-8 (Jackson
     * escapes a character beyond the BMP as its surrogate pair: {@code "\\uD83D\\uDE00"}, the same string).
     */
    @Test
    void messagesInTheEncodingsOfJson() {
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"d\u00e9j\u00e0 \ud83d\ude00\"],\"id\":1}";
        String expected = "{\"jsonrpc\":\"2.0\",\"result\":\"d\u00e9j\u00e0 \ud83d\ude00\",\"id\":1}";
        for (String encoding : List.of("UTF-8 BOM", "UTF-16", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
            byte[] message = encoding.equals("UTF-8 BOM")
                    ? ("\ufeff" + request).getBytes(StandardCharsets.UTF_8)
                    : request.getBytes(java.nio.charset.Charset.forName(encoding));
            assertThat(json(handle(message))).as(encoding).isEqualTo(json(expected));
        }
    }

    /**
     * A message past a limit of the mapper's {@code StreamReadConstraints} is a parse error whose data says where, as
     * for any other parse error: Jackson reports these without a location.
     */
    @Test
    void aMessagePastAReadConstraintIsAParseErrorThatSaysWhere() {
        assertResponse("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[" + "[".repeat(1000) + "]".repeat(1000)
                + "],\"id\":1}",
                "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"Parse error\",\"data\":"
                        + "\"The message nests arrays and objects deeper than 1000 levels, the limit of the"
                        + " application's ObjectMapper (line 1, column 1042)\"},\"id\":null}");
        assertResponse("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[" + "1".repeat(1001)
                + "],\"id\":1}",
                "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"Parse error\",\"data\":"
                        + "\"The message has a number longer than 1000 digits, the limit of the"
                        + " application's ObjectMapper (line 1, column 44)\"},\"id\":null}");
    }

    /** Held calls released by the last member of their batch: run one after the other, the first would never end. */
    @Test
    void batchMembersRunConcurrently() {
        JsonNode response = json(handle("[{\"jsonrpc\":\"2.0\",\"method\":\"held\",\"id\":1},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"held\",\"id\":2},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"release\",\"id\":3}]"));
        assertThat(response).isEqualTo(json("[{\"jsonrpc\":\"2.0\",\"result\":\"released\",\"id\":1},"
                + "{\"jsonrpc\":\"2.0\",\"result\":\"released\",\"id\":2},"
                + "{\"jsonrpc\":\"2.0\",\"result\":true,\"id\":3}]"));
    }

    // --- helpers

    private List<RpcMethod> engineMethods() {
        return List.of(
                method("sum", args -> java.util.Arrays.stream((int[]) args[0]).sum(),
                        new RpcParam("values", RpcParam.Kind.VARARGS, type(int[].class))),
                method("notify_hello", args -> null, value("value", int.class)),
                method("subtract", args -> (Integer) args[0] - (Integer) args[1], value("minuend", int.class),
                        value("subtrahend", int.class)),
                method("get_data", args -> List.of("hello", 5)),
                method("fail", args -> {
                    throw new IllegalStateException("boom");
                }));
    }

    byte[] handle(String message) {
        return EngineTests.handle(engine, message, JsonRpcTransport.WEBSOCKET);
    }

    byte[] handle(byte[] message) {
        return bytes(awaited(engine.handle(message, session(JsonRpcTransport.WEBSOCKET))));
    }

    void assertResponse(String request, String expected) {
        assertThat(json(handle(request))).isEqualTo(json(expected));
    }

    void assertResult(String request, String expected) {
        JsonNode response = json(handle(request));
        assertThat(response.get("error")).as(response.toString()).isNull();
        assertThat(response.get("result")).isEqualTo(json(expected));
    }

    void assertError(String request, int code, String message, String id) {
        JsonNode response = json(handle(request));
        assertThat(response.get("jsonrpc").asText()).isEqualTo("2.0");
        assertThat(response.get("error").get("code").asInt()).as(response.toString()).isEqualTo(code);
        assertThat(response.get("error").get("message").asText()).isEqualTo(message);
        assertThat(response.get("id")).isEqualTo(json(id));
    }

    /** The -32602 answer to a call of {@code method} (and its params, as JSON members), with no Java in it. */
    void assertInvalidParams(String methodAndParams, String message) {
        JsonNode error = json(handle("{\"jsonrpc\":\"2.0\",\"method\":" + methodAndParams + ",\"id\":1}")).get("error");
        assertThat(error).as(methodAndParams).isEqualTo(json("{\"code\":-32602,\"message\":"
                + MAPPER.getNodeFactory().textNode("Invalid params: " + message) + "}"));
        assertThat(error.toString()).doesNotContain("java.", "com.fasterxml", "`", "JsonRpcEngineTest");
    }

    String errorMessage(String request, int code) {
        JsonNode response = json(handle(request));
        assertThat(response.get("error").get("code").asInt()).as(response.toString()).isEqualTo(code);
        return response.get("error").get("message").asText();
    }

    static JsonNode withoutData(JsonNode response) {
        if (response.isArray()) {
            response.forEach(JsonRpcEngineTest::withoutData);
        } else if (response.has("error")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) response.get("error")).remove("data");
        }
        return response;
    }
}
