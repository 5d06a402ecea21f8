package io.quarkiverse.jsonrpc.server.runtime.engine;

import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.MAPPER;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.invalidParams;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.method;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * An integer too large for the int or long Jackson first reads it as is refused as the parameter's own type takes
 * values: a byte's range, an enum's constants, a date's form. The message named the range of the int or long
 * instead, which sent the client on to a value the parameter refuses as well.
 */
class IntegerTooLargeForTypeTest {

    enum Color {
        RED,
        GREEN
    }

    static final String HUGE = "123456789012345678901234567890";

    static final JsonRpcEngine ENGINE = new JsonRpcEngine(new MethodTable(List.of(
            method("level", args -> args[0], value("level", byte.class)),
            method("paint", args -> args[0], value("color", Color.class)),
            method("plan", args -> args[0], value("day", LocalDate.class)),
            method("count", args -> args[0], value("n", int.class)))),
            MAPPER, new EngineOptions(10, false, Map.of()));

    static String call(String method) {
        return EngineTests.call(ENGINE, method, "[" + HUGE + "]");
    }

    @Test
    void aByte() {
        assertThat(call("level"))
                .isEqualTo(invalidParams("parameter 'level' cannot take " + HUGE + " as an integer from -128 to 127"));
    }

    @Test
    void anEnum() {
        assertThat(call("paint"))
                .isEqualTo(invalidParams("parameter 'color' cannot take " + HUGE + ", only one of \\\"RED\\\", \\\"GREEN\\\""));
    }

    @Test
    void aDate() {
        assertThat(call("plan")).isEqualTo(invalidParams("parameter 'day' cannot take " + HUGE
                + " as a date (ISO 8601, like \\\"2024-05-01\\\")"));
    }

    @Test
    void anIntStillSaysItsRange() {
        assertThat(call("count")).isEqualTo(invalidParams("parameter 'n' cannot take " + HUGE
                + " as an integer from -2147483648 to 2147483647"));
    }
}
