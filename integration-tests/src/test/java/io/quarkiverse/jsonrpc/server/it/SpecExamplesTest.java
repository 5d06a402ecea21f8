package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every example of section 7 of the JSON-RPC 2.0 specification, sent as written there, answered as written there.
 * Where the specification shows an error, this server adds a {@code data} member with a human-readable detail; the
 * comparison leaves it out and some tests check it separately.
 */
@QuarkusTest
class SpecExamplesTest extends TransportsTestBase {

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void rpcCallWithPositionalParameters(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send("""
                {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "result": 19, "id": 1}
                """);
        wire.send("""
                {"jsonrpc": "2.0", "method": "subtract", "params": [23, 42], "id": 2}
                """).returns("""
                {"jsonrpc": "2.0", "result": -19, "id": 2}
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void rpcCallWithNamedParameters(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send("""
                {"jsonrpc": "2.0", "method": "subtract", "params": {"subtrahend": 23, "minuend": 42}, "id": 3}
                """).returns("""
                {"jsonrpc": "2.0", "result": 19, "id": 3}
                """);
        wire.send("""
                {"jsonrpc": "2.0", "method": "subtract", "params": {"minuend": 42, "subtrahend": 23}, "id": 4}
                """).returns("""
                {"jsonrpc": "2.0", "result": 19, "id": 4}
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void aNotification(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send("""
                {"jsonrpc": "2.0", "method": "update", "params": [1,2,3,4,5]}
                """).returnsNothing();
        wire.send("""
                {"jsonrpc": "2.0", "method": "foobar"}
                """).returnsNothing();
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void rpcCallOfNonExistentMethod(JsonRpcTransport transport) {
        Answer answer = over(transport).send("""
                {"jsonrpc": "2.0", "method": "foobar", "id": "1"}
                """).returnsIgnoringData("""
                {"jsonrpc": "2.0", "error": {"code": -32601, "message": "Method not found"}, "id": "1"}
                """);
        assertThat(answer.errorData()).isEqualTo("No method named 'foobar'");
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void rpcCallWithInvalidJson(JsonRpcTransport transport) {
        Answer answer = over(transport).send("""
                {"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz]
                """).returnsIgnoringData("""
                {"jsonrpc": "2.0", "error": {"code": -32700, "message": "Parse error"}, "id": null}
                """);
        assertThat(answer.errorData()).contains("line 1, column");
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void rpcCallWithInvalidRequestObject(JsonRpcTransport transport) {
        Answer answer = over(transport).send("""
                {"jsonrpc": "2.0", "method": 1, "params": "bar"}
                """).returnsIgnoringData("""
                {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}
                """);
        assertThat(answer.errorData()).isEqualTo("'params' must be an array or an object, not a string");
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void rpcCallBatchWithInvalidJson(JsonRpcTransport transport) {
        over(transport).send("""
                [
                  {"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},
                  {"jsonrpc": "2.0", "method"
                ]
                """).returnsIgnoringData("""
                {"jsonrpc": "2.0", "error": {"code": -32700, "message": "Parse error"}, "id": null}
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void rpcCallWithAnEmptyArray(JsonRpcTransport transport) {
        Answer answer = over(transport).send("""
                []
                """).returnsIgnoringData("""
                {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}
                """);
        assertThat(answer.errorData()).isEqualTo("A batch must contain at least one request");
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void rpcCallWithAnInvalidBatchButNotEmpty(JsonRpcTransport transport) {
        over(transport).send("""
                [1]
                """).returnsIgnoringData("""
                [
                  {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}
                ]
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void rpcCallWithAnInvalidBatch(JsonRpcTransport transport) {
        over(transport).send("""
                [1,2,3]
                """).returnsIgnoringData("""
                [
                  {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null},
                  {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null},
                  {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}
                ]
                """);
    }

    /** The specification lets a server answer a batch in any order; this one keeps the order of the requests. */
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void rpcCallBatch(JsonRpcTransport transport) {
        over(transport).send("""
                [
                    {"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},
                    {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]},
                    {"jsonrpc": "2.0", "method": "subtract", "params": [42,23], "id": "2"},
                    {"foo": "boo"},
                    {"jsonrpc": "2.0", "method": "foo.get", "params": {"name": "myself"}, "id": "5"},
                    {"jsonrpc": "2.0", "method": "get_data", "id": "9"}
                ]
                """).returnsIgnoringData("""
                [
                    {"jsonrpc": "2.0", "result": 7, "id": "1"},
                    {"jsonrpc": "2.0", "result": 19, "id": "2"},
                    {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null},
                    {"jsonrpc": "2.0", "error": {"code": -32601, "message": "Method not found"}, "id": "5"},
                    {"jsonrpc": "2.0", "result": ["hello", 5], "id": "9"}
                ]
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void rpcCallBatchAllNotifications(JsonRpcTransport transport) {
        over(transport).send("""
                [
                    {"jsonrpc": "2.0", "method": "notify_sum", "params": [1,2,4]},
                    {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]}
                ]
                """).returnsNothing();
    }
}
