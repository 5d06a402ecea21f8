package io.quarkiverse.jsonrpc.server.runtime.engine;

import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.MAPPER;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.handle;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.method;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JavaType;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;

/**
 * Params are as exact as the request's text, as a body Quarkus REST reads: a {@code BigDecimal} gets every digit and
 * its scale, anywhere in a param; every other type what parsing the text gives it.
 */
class ExactDecimalsTest {

    record Payment(BigDecimal amount, double rate) {
    }

    /** Each method answers what it was given, and the Java class of it, so that the test sees what was bound. */
    static final JsonRpcEngine ENGINE = new JsonRpcEngine(new MethodTable(List.of(
            method("decimal", args -> describe(args[0]), RpcParam.value("value", type(BigDecimal.class))),
            method("decimals", args -> describe(args[0]),
                    RpcParam.value("values", MAPPER.getTypeFactory().constructCollectionType(List.class,
                            BigDecimal.class))),
            method("payment", args -> describe(((Payment) args[0]).amount()) + " at " + ((Payment) args[0]).rate(),
                    RpcParam.value("payment", type(Payment.class))),
            method("number", args -> describe(args[0]), RpcParam.value("value", type(double.class))),
            method("untyped", args -> describe(((Map<?, ?>) args[0]).get("x")),
                    RpcParam.value("map", MAPPER.getTypeFactory().constructMapType(Map.class, String.class,
                            Object.class))))),
            MAPPER, new EngineOptions(10, false, Map.of()));

    static JavaType type(Class<?> type) {
        return MAPPER.constructType(type);
    }

    static String describe(Object value) {
        return value + " (" + (value == null ? null : value.getClass().getSimpleName()) + ")";
    }

    static String call(String method, String params) {
        return new String(handle(ENGINE, "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params
                + ",\"id\":1}", JsonRpcTransport.HTTP), StandardCharsets.UTF_8);
    }

    static String result(String text) {
        return "{\"jsonrpc\":\"2.0\",\"result\":\"" + text + "\",\"id\":1}";
    }

    @Test
    void aBigDecimalGetsEveryDigitAndItsScale() {
        assertThat(call("decimal", "[12345678901234567890.123456789]"))
                .isEqualTo(result("12345678901234567890.123456789 (BigDecimal)"));
        assertThat(call("decimal", "[1.50]")).isEqualTo(result("1.50 (BigDecimal)"));
        assertThat(call("decimals", "[[1e400, 0.1]]")).isEqualTo(result("[1E+400, 0.1] (ArrayList)"));
    }

    @Test
    void aBigDecimalInsideAParamToo() {
        assertThat(call("payment", "[{\"amount\":98765432109876543.21,\"rate\":0.1}]"))
                .isEqualTo(result("98765432109876543.21 (BigDecimal) at 0.1"));
    }

    @Test
    void otherTypesGetWhatParsingTheTextGives() {
        assertThat(call("number", "[0.1]")).isEqualTo(result("0.1 (Double)"));
        assertThat(call("number", "[12345678901234567890.123456789]")).isEqualTo(result("1.2345678901234567E19 (Double)"));
        assertThat(call("untyped", "[{\"x\":0.1}]")).isEqualTo(result("0.1 (Double)"));
    }

    /** A BigDecimal has no negative zero: the sign of -0.0 reaches a double, as parsing the text gives it. */
    @Test
    void aNegativeZeroKeepsItsSign() {
        assertThat(call("number", "[-0.0]")).isEqualTo(result("-0.0 (Double)"));
        assertThat(call("number", "[-0e5]")).isEqualTo(result("-0.0 (Double)"));
        assertThat(call("untyped", "[{\"x\":-0.0}]")).isEqualTo(result("-0.0 (Double)"));
        assertThat(call("payment", "[{\"amount\":-0.50,\"rate\":-0.0}]"))
                .isEqualTo(result("-0.50 (BigDecimal) at -0.0"));
        // as a BigDecimal it is zero, of the scale a double's text gives
        assertThat(call("decimal", "[-0.0]")).isEqualTo(result("0.0 (BigDecimal)"));
        // other negative numbers, and a positive zero, are BigDecimals as written
        assertThat(call("decimal", "[-0.10]")).isEqualTo(result("-0.10 (BigDecimal)"));
        assertThat(call("decimal", "[0.00]")).isEqualTo(result("0.00 (BigDecimal)"));
        // not zero, though its double is
        assertThat(call("decimal", "[-1e-400]")).isEqualTo(result("-1E-400 (BigDecimal)"));
    }
}
