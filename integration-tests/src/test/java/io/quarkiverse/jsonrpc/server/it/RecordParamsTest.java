package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkus.test.junit.QuarkusTest;

/** Records are JSON objects, as params and as results; an {@code Optional} param may be left out or null. */
@QuarkusTest
class RecordParamsTest extends TransportsTestBase {

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void recordAsParamAndResult(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send("""
                {"jsonrpc": "2.0", "method": "translate", "params": [{"x": 1, "y": 2}, 10, 20], "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "result": {"x": 11, "y": 22}, "id": 1}
                """);
        wire.send("""
                {"jsonrpc": "2.0", "method": "translate", "params": {"dy": 20, "point": {"y": 2, "x": 1}, "dx": 10}, "id": 2}
                """).returns("""
                {"jsonrpc": "2.0", "result": {"x": 11, "y": 22}, "id": 2}
                """);
    }

    /**
     * A number whose fraction is zero is an integer, as a Python client sends one it holds as a float: in the record
     * and as the int params, by position and by name. A fraction is refused, not truncated.
     */
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void integersWrittenWithAZeroFraction(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send("""
                {"jsonrpc": "2.0", "method": "translate", "params": [{"x": 1.0, "y": 2e0}, 10.0, 2E1], "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "result": {"x": 11, "y": 22}, "id": 1}
                """);
        wire.send(
                """
                        {"jsonrpc": "2.0", "method": "translate", "params": {"point": {"x": 1.00, "y": 2}, "dx": 1e1, "dy": 20.0}, "id": 2}
                        """)
                .returns("""
                        {"jsonrpc": "2.0", "result": {"x": 11, "y": 22}, "id": 2}
                        """);
        wire.send("""
                {"jsonrpc": "2.0", "method": "translate", "params": {"point": {"x": 1.5, "y": 2}, "dx": 10, "dy": 20}, "id": 3}
                """).returns(
                """
                        {"jsonrpc": "2.0", "error": {"code": -32602, "message": "Invalid params: 'point.x' cannot take 1.5 as an integer"}, "id": 3}
                        """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void optionalParam(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send("""
                {"jsonrpc": "2.0", "method": "distance", "params": [{"x": 3, "y": 4}], "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "result": 5.0, "id": 1}
                """);
        wire.send("""
                {"jsonrpc": "2.0", "method": "distance", "params": [{"x": 3, "y": 4}, null], "id": 2}
                """).returns("""
                {"jsonrpc": "2.0", "result": 5.0, "id": 2}
                """);
        wire.send("""
                {"jsonrpc": "2.0", "method": "distance", "params": {"from": {"x": 3, "y": 4}, "to": {"x": 3, "y": 1}}, "id": 3}
                """).returns("""
                {"jsonrpc": "2.0", "result": 3.0, "id": 3}
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void recordOfTheWrongShape(JsonRpcTransport transport) {
        Answer answer = over(transport).send("""
                {"jsonrpc": "2.0", "method": "translate", "params": [[1, 2], 10, 20], "id": 1}
                """);
        assertThat(answer.json().path("error").path("code").asInt()).isEqualTo(-32602);
        assertThat(answer.errorMessage()).isEqualTo("Invalid params: parameter 'point' cannot take an array as an object");
    }

    /**
     * A value inside a record that does not fit is named by its path in the JSON the client sent, and what it takes in
     * JSON's terms: no Java class name, no Jackson message.
     */
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void aValueInsideARecordThatDoesNotFit(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send(
                """
                        {"jsonrpc": "2.0", "method": "placeOrder", "params": [{"customer_name": "Ada", "lines": [{"sku": "A-1", "qty": "many"}]}], "id": 1}
                        """)
                .returns(
                        """
                                {"jsonrpc": "2.0", "error": {"code": -32602, "message": "Invalid params: 'order.lines[0].qty' cannot take \\"many\\" as an integer"}, "id": 1}
                                """);
        wire.send(
                """
                        {"jsonrpc": "2.0", "method": "placeOrder", "params": [{"customer_name": "Ada", "lines": {"sku": "A-1"}}], "id": 2}
                        """)
                .returns(
                        """
                                {"jsonrpc": "2.0", "error": {"code": -32602, "message": "Invalid params: 'order.lines' cannot take an object as an array"}, "id": 2}
                                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void varargsParam(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send("""
                {"jsonrpc": "2.0", "method": "sum", "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "result": 0, "id": 1}
                """);
        wire.send("""
                {"jsonrpc": "2.0", "method": "sum", "params": {"values": [1, 2, 3]}, "id": 2}
                """).returns("""
                {"jsonrpc": "2.0", "result": 6, "id": 2}
                """);
    }
}
