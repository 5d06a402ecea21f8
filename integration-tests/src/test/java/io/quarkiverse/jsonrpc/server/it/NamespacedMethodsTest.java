package io.quarkiverse.jsonrpc.server.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code @JsonRpcNamespace("math")} prefixes the names of a class's methods; {@code @JsonRpc("pow")} renames one.
 * Only the full JSON-RPC name is served.
 */
@QuarkusTest
class NamespacedMethodsTest extends TransportsTestBase {

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void namespacedMethod(JsonRpcTransport transport) {
        over(transport).send("""
                {"jsonrpc": "2.0", "method": "math.divide", "params": [42, 5], "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "result": 8, "id": 1}
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void renamedMethod(JsonRpcTransport transport) {
        over(transport).send("""
                {"jsonrpc": "2.0", "method": "math.pow", "params": {"base": 2, "exponent": 10}, "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "result": 1024.0, "id": 1}
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void otherNamesAreNotFound(JsonRpcTransport transport) {
        Wire wire = over(transport);
        for (String name : new String[] { "divide", "pow", "math.power", "MathMethods.divide" }) {
            wire.send("{\"jsonrpc\": \"2.0\", \"method\": \"" + name + "\", \"params\": [2, 1], \"id\": 1}")
                    .returnsIgnoringData("""
                            {"jsonrpc": "2.0", "error": {"code": -32601, "message": "Method not found"}, "id": 1}
                            """);
        }
    }
}
