package io.quarkiverse.jsonrpc.server.runtime.engine;

import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.MAPPER;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.handle;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.method;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.common.json.ExactDecimals;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;

/**
 * A number whose exponent no {@code BigDecimal} holds ({@code 1e9999999999}: 12 characters, well under any length
 * limit) is a parse error, in params as in the id: Jackson's {@code NumberFormatException} made the engine throw
 * instead of answering, and a method asking for such an id failed.
 */
class ExponentOutOfRangeTest {

    static final JsonRpcEngine ENGINE = new JsonRpcEngine(new MethodTable(List.of(
            method("int", args -> args[0], value("value", int.class)),
            method("id", args -> String.valueOf(((JsonRpcContext) args[0]).requestId()),
                    RpcParam.context("ctx", RpcParam.Kind.CONTEXT)))),
            MAPPER, new EngineOptions(10, false, Map.of()));

    static String answer(String message) {
        return new String(handle(ENGINE, message, JsonRpcTransport.HTTP), StandardCharsets.UTF_8);
    }

    @Test
    void inParams() {
        assertThat(answer("{\"jsonrpc\":\"2.0\",\"method\":\"int\",\"params\":[1e9999999999],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"Parse error\",\"data\":"
                        + "\"A number's exponent is out of range, beyond what a decimal holds (line 1, column 43)\"},"
                        + "\"id\":null}");
        assertThat(answer("[{\"jsonrpc\":\"2.0\",\"method\":\"int\",\"params\":{\"value\":-1e-2147483649},\"id\":1}]"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"Parse error\",\"data\":"
                        + "\"A number's exponent is out of range, beyond what a decimal holds (line 1, column 52)\"},"
                        + "\"id\":null}");
    }

    @Test
    void asTheId() {
        assertThat(answer("{\"jsonrpc\":\"2.0\",\"method\":\"id\",\"id\":1e-9999999999}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"Parse error\",\"data\":"
                        + "\"A number's exponent is out of range, beyond what a decimal holds (line 1, column 37)\"},"
                        + "\"id\":null}");
        // within range, however large, the id is the BigDecimal it is
        assertThat(answer("{\"jsonrpc\":\"2.0\",\"method\":\"id\",\"id\":1e999999999}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1E+999999999\",\"id\":1e999999999}");
    }

    /** The client reads results through the same tree: a malformed response, not an exception of another kind. */
    @Test
    void inATreeRead() {
        assertThatThrownBy(() -> ExactDecimals.readTree(ExactDecimals.treeReader(MAPPER),
                "{\"result\":[1e9999999999]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("A number's exponent is out of range, beyond what a decimal holds");
    }
}
