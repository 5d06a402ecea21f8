package io.quarkiverse.jsonrpc.server.runtime.engine;

import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.MAPPER;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.invalidParams;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.method;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A string where an array of a primitive type is due is the client's mistake, -32602: Jackson reports it as a
 * definition problem of the type ({@code InvalidDefinitionException}: "no String-argument constructor"), which the
 * binder took for a type no params can fill, -32603 and a stack trace at ERROR.
 */
class ScalarForPrimitiveArrayTest {

    public record Series(String name, double[] values) {
    }

    static final JsonRpcEngine ENGINE = new JsonRpcEngine(new MethodTable(List.of(
            method("ints", args -> ((int[]) args[0]).length, value("values", int[].class)),
            method("flags", args -> ((boolean[]) args[0]).length, value("flags", boolean[].class)),
            method("series", args -> ((Series) args[0]).values().length, value("series", Series.class)))),
            MAPPER, new EngineOptions(10, false, Map.of()));

    static String call(String method, String params) {
        return EngineTests.call(ENGINE, method, params);
    }

    @Test
    void aStringForAnArray() {
        assertThat(call("ints", "[\"1,2\"]"))
                .isEqualTo(invalidParams("parameter 'values' cannot take \\\"1,2\\\" as an array"));
        assertThat(call("flags", "{\"flags\":\"true\"}"))
                .isEqualTo(invalidParams("parameter 'flags' cannot take \\\"true\\\" as an array"));
    }

    @Test
    void aStringForAnArrayInsideAParam() {
        assertThat(call("series", "[{\"name\":\"a\",\"values\":\"1.5\"}]"))
                .isEqualTo(invalidParams("'series.values' cannot take \\\"1.5\\\" as an array"));
    }

    @Test
    void anArrayStillBinds() {
        assertThat(call("ints", "[[1,2]]")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":1}");
    }
}
