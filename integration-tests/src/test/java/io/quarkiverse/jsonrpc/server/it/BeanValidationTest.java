package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Params that break the Bean Validation constraints of a method are answered {@code -32602 Invalid params}: the
 * message names the first problem, {@code data} lists them all, with paths in the JSON names the client sent.
 */
@QuarkusTest
class BeanValidationTest extends TransportsTestBase {

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void validParamsReachTheMethod(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send(
                """
                        {"jsonrpc": "2.0", "method": "createUser", "params": [{"name": "Ada", "age": 36, "email": "ada@example.com"}], "id": 1}
                        """)
                .returns("""
                        {"jsonrpc": "2.0", "result": {"name": "Ada", "age": 36, "email": "ada@example.com"}, "id": 1}
                        """);
        wire.send("""
                {"jsonrpc": "2.0", "method": "square", "params": [1000], "id": 2}
                """).returns("""
                {"jsonrpc": "2.0", "result": 1000000, "id": 2}
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void aParamOutOfRange(JsonRpcTransport transport) {
        over(transport).send("""
                {"jsonrpc": "2.0", "method": "square", "params": {"n": 1001}, "id": 1}
                """).returns(
                """
                        {"jsonrpc": "2.0", "error": {"code": -32602, "message": "Invalid params: 'n' must be less than or equal to 1000",
                         "data": [{"path": "n", "message": "must be less than or equal to 1000"}]}, "id": 1}
                        """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void everyViolationOfARecord(JsonRpcTransport transport) {
        over(transport)
                .send("""
                        {"jsonrpc": "2.0", "method": "createUser", "params": {"user": {"name": " ", "age": -1, "email": "ada"}}, "id": 1}
                        """)
                .returns(
                        """
                                {"jsonrpc": "2.0", "error": {"code": -32602, "message": "Invalid params: 'user.age' must be greater than or equal to 0",
                                 "data": [{"path": "user.age", "message": "must be greater than or equal to 0"},
                                          {"path": "user.email", "message": "must be a well-formed email address"},
                                          {"path": "user.name", "message": "must not be blank"}]}, "id": 1}
                                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void pathsInTheNamesOfTheJson(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send("""
                {"jsonrpc": "2.0", "method": "placeOrder", "params": [{"customer_name": "", "lines": [
                  {"sku": "A-1", "qty": 2}, {"sku": "", "qty": 0}]}], "id": 1}
                """).returns(
                """
                        {"jsonrpc": "2.0", "error": {"code": -32602, "message": "Invalid params: 'order.customer_name' must not be blank",
                         "data": [{"path": "order.customer_name", "message": "must not be blank"},
                                  {"path": "order.lines[1].qty", "message": "must be greater than 0"},
                                  {"path": "order.lines[1].sku", "message": "must match \\"[A-Z]-\\\\d+\\""},
                                  {"path": "order.lines[1].sku", "message": "must not be blank"}]}, "id": 1}
                        """);
        wire.send("""
                {"jsonrpc": "2.0", "method": "placeOrder", "params": [{"customer_name": "Ada", "lines": []}], "id": 2}
                """).returns(
                """
                        {"jsonrpc": "2.0", "error": {"code": -32602, "message": "Invalid params: 'order.lines' size must be between 1 and 10",
                         "data": [{"path": "order.lines", "message": "size must be between 1 and 10"}]}, "id": 2}
                        """);
        wire.send(
                """
                        {"jsonrpc": "2.0", "method": "placeOrder", "params": [{"customer_name": "Ada", "lines": [{"sku": "A-1", "qty": 3}]}], "id": 3}
                        """)
                .returns("""
                        {"jsonrpc": "2.0", "result": 3, "id": 3}
                        """);
    }

    /**
     * A {@code byte[]}'s size is its bytes', not the length of the base64 text it is sent as, which the OpenRPC
     * document says: 64 bytes are 88 characters.
     */
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void theSizeOfBytesIsCountedInBytes(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send("""
                {"jsonrpc": "2.0", "method": "keyLength", "params": ["%s"], "id": 1}
                """.formatted(Base64.getEncoder().encodeToString(new byte[64]))).returns("""
                {"jsonrpc": "2.0", "result": 64, "id": 1}
                """);
        wire.send("""
                {"jsonrpc": "2.0", "method": "keyLength", "params": ["%s"], "id": 2}
                """.formatted(Base64.getEncoder().encodeToString(new byte[65]))).returns(
                """
                        {"jsonrpc": "2.0", "error": {"code": -32602, "message": "Invalid params: 'key' size must be between 16 and 64",
                         "data": [{"path": "key", "message": "size must be between 16 and 64"}]}, "id": 2}
                        """);
    }

    /** A result that breaks its constraints is the server's bug, not the client's: -32603, as quarkus-rest's 500. */
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void anInvalidResultIsAnInternalError(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send("""
                {"jsonrpc": "2.0", "method": "shout", "params": ["hello"], "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "result": "HELLO!", "id": 1}
                """);
        Answer answer = wire.send("""
                {"jsonrpc": "2.0", "method": "shout", "params": ["wonderful"], "id": 2}
                """);
        assertThat(answer.json().path("error").path("code").asInt()).isEqualTo(-32603);
        assertThat(answer.json().path("id").asInt()).isEqualTo(2);
    }
}
