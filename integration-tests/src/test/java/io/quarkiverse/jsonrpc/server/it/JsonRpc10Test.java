package io.quarkiverse.jsonrpc.server.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkus.test.junit.QuarkusTest;

/**
 * JSON-RPC 1.0: a request without a {@code jsonrpc} member. Its response has {@code result}, {@code error} and
 * {@code id}, one of the first two null; a request whose id is null is a notification.
 */
@QuarkusTest
class JsonRpc10Test extends TransportsTestBase {

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void call(JsonRpcTransport transport) {
        over(transport).send("""
                {"method": "subtract", "params": [42, 23], "id": 1}
                """).returns("""
                {"result": 19, "error": null, "id": 1}
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void callOfAVoidMethod(JsonRpcTransport transport) {
        over(transport).send("""
                {"method": "update", "params": [1, 2], "id": "u"}
                """).returns("""
                {"result": null, "error": null, "id": "u"}
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void error(JsonRpcTransport transport) {
        over(transport).send("""
                {"method": "foobar", "params": [], "id": 2}
                """).returnsIgnoringData("""
                {"result": null, "error": {"code": -32601, "message": "Method not found"}, "id": 2}
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void notification(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send("""
                {"method": "update", "params": [1, 2], "id": null}
                """).returnsNothing();
        wire.send("""
                {"method": "update", "params": [1, 2]}
                """).returnsNothing();
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void batchMixingVersions(JsonRpcTransport transport) {
        over(transport).send("""
                [
                    {"method": "subtract", "params": [42, 23], "id": 1},
                    {"jsonrpc": "2.0", "method": "subtract", "params": [23, 42], "id": 2}
                ]
                """).returns("""
                [
                    {"result": 19, "error": null, "id": 1},
                    {"jsonrpc": "2.0", "result": -19, "id": 2}
                ]
                """);
    }
}
