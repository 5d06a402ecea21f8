package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every error code a client can get, over both transports: the five of the specification, each with the detail that
 * says what went wrong, and the application's own.
 */
@QuarkusTest
class ErrorCodesTest extends TransportsTestBase {

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void parseErrorForMalformedJson(JsonRpcTransport transport) {
        Answer answer = over(transport).send("""
                {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1
                """).returnsIgnoringData("""
                {"jsonrpc": "2.0", "error": {"code": -32700, "message": "Parse error"}, "id": null}
                """);
        assertThat(answer.errorData()).contains("end-of-input");
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void parseErrorForAnEmptyMessage(JsonRpcTransport transport) {
        Answer answer = over(transport).send("").returnsIgnoringData("""
                {"jsonrpc": "2.0", "error": {"code": -32700, "message": "Parse error"}, "id": null}
                """);
        assertThat(answer.errorData()).isEqualTo("The message is empty");
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void parseErrorForContentAfterTheRequest(JsonRpcTransport transport) {
        Answer answer = over(transport).send("""
                {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1} {}
                """).returnsIgnoringData("""
                {"jsonrpc": "2.0", "error": {"code": -32700, "message": "Parse error"}, "id": null}
                """);
        assertThat(answer.errorData()).startsWith("Unexpected content after the end of the JSON value");
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void invalidRequestForAnotherVersion(JsonRpcTransport transport) {
        Answer answer = over(transport).send("""
                {"jsonrpc": "3.0", "method": "subtract", "params": [42, 23], "id": 1}
                """).returnsIgnoringData("""
                {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": 1}
                """);
        assertThat(answer.errorData()).isEqualTo("'jsonrpc' must be \"2.0\" (or \"1.0\", or absent, for JSON-RPC 1.0)");
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void invalidRequestWithoutMethod(JsonRpcTransport transport) {
        Answer answer = over(transport).send("""
                {"jsonrpc": "2.0", "params": [42, 23], "id": 1}
                """).returnsIgnoringData("""
                {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": 1}
                """);
        assertThat(answer.errorData()).isEqualTo("'method' must be a string");
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void invalidRequestForNullParams(JsonRpcTransport transport) {
        Answer answer = over(transport).send("""
                {"jsonrpc": "2.0", "method": "get_data", "params": null, "id": 1}
                """).returnsIgnoringData("""
                {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": 1}
                """);
        assertThat(answer.errorData()).isEqualTo("'params' must be an array or an object, not null");
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void invalidRequestForAnIdOfAnotherType(JsonRpcTransport transport) {
        Answer answer = over(transport).send("""
                {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": {"n": 1}}
                """).returnsIgnoringData("""
                {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}
                """);
        assertThat(answer.errorData()).isEqualTo("'id' must be a string, a number or null, not an object");
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void invalidRequestForAMessageThatIsNotAnObject(JsonRpcTransport transport) {
        Answer answer = over(transport).send("""
                "subtract"
                """).returnsIgnoringData("""
                {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}
                """);
        assertThat(answer.errorData()).isEqualTo("A request must be a JSON object, not a string");
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void methodNotFoundIsCaseSensitive(JsonRpcTransport transport) {
        over(transport).send("""
                {"jsonrpc": "2.0", "method": "Subtract", "params": [42, 23], "id": 1}
                """).returnsIgnoringData("""
                {"jsonrpc": "2.0", "error": {"code": -32601, "message": "Method not found"}, "id": 1}
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void invalidParamsWhenOneIsMissing(JsonRpcTransport transport) {
        over(transport).send("""
                {"jsonrpc": "2.0", "method": "subtract", "params": [42], "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "error": {"code": -32602,
                    "message": "Invalid params: missing required parameter 'subtrahend'"}, "id": 1}
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void invalidParamsWhenThereAreTooMany(JsonRpcTransport transport) {
        over(transport).send("""
                {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23, 1], "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "error": {"code": -32602,
                    "message": "Invalid params: method 'subtract' takes 2 params, 3 given"}, "id": 1}
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void invalidParamsForAnUnknownName(JsonRpcTransport transport) {
        over(transport).send("""
                {"jsonrpc": "2.0", "method": "subtract", "params": {"minuend": 42, "subtrahend": 23, "extra": 1}, "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "error": {"code": -32602,
                    "message": "Invalid params: unknown parameter 'extra' for method 'subtract'"}, "id": 1}
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void invalidParamsForAValueOfAnotherType(JsonRpcTransport transport) {
        Answer answer = over(transport).send("""
                {"jsonrpc": "2.0", "method": "subtract", "params": ["forty-two", 23], "id": 1}
                """);
        assertThat(answer.json().path("error").path("code").asInt()).isEqualTo(-32602);
        assertThat(answer.errorMessage())
                .isEqualTo("Invalid params: parameter 'minuend' cannot take \"forty-two\" as an integer");
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void invalidParamsForANumberOutOfRange(JsonRpcTransport transport) {
        Answer answer = over(transport).send("""
                {"jsonrpc": "2.0", "method": "subtract", "params": [4294967296, 23], "id": 1}
                """);
        assertThat(answer.json().path("error").path("code").asInt()).isEqualTo(-32602);
        assertThat(answer.errorMessage()).isEqualTo(
                "Invalid params: parameter 'minuend' cannot take 4294967296 as an integer from -2147483648 to 2147483647");
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void invalidParamsForNullAsAPrimitive(JsonRpcTransport transport) {
        over(transport).send("""
                {"jsonrpc": "2.0", "method": "subtract", "params": [null, 23], "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "error": {"code": -32602,
                    "message": "Invalid params: parameter 'minuend' must not be null"}, "id": 1}
                """);
    }

    /** In test mode the client sees the exception's class and message; in production only "Internal error". */
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void internalErrorForAnUnexpectedException(JsonRpcTransport transport) {
        over(transport).send("""
                {"jsonrpc": "2.0", "method": "fail", "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "error": {"code": -32603, "message": "Something went wrong",
                    "data": {"exception": "java.lang.RuntimeException", "message": "Something went wrong"}}, "id": 1}
                """);
    }

    /**
     * A result that breaks its Bean Validation constraints is the server's bug: in test mode the client sees the whole
     * report of quarkus-hibernate-validator's interceptor, which names the method and the broken constraint.
     */
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void internalErrorForAResultThatBreaksItsConstraints(JsonRpcTransport transport) {
        JsonNode error = over(transport).send("""
                {"jsonrpc": "2.0", "method": "shout", "params": ["wonderful"], "id": 1}
                """).json().path("error");
        assertThat(error.path("code").asInt()).isEqualTo(-32603);
        assertThat(error.path("message").asText()).startsWith("1 constraint violation(s) occurred during method"
                + " validation.\nConstructor or Method: public java.lang.String"
                + " io.quarkiverse.jsonrpc.server.it.ValidatedMethods.shout(java.lang.String)\nArgument values:"
                + " [wonderful]\n").contains("message: size must be between 0 and 8\n");
        assertThat(error.path("data").path("exception").asText())
                .isEqualTo("jakarta.validation.ConstraintViolationException");
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void applicationErrorDeclaredOnTheException(JsonRpcTransport transport) {
        over(transport).send("""
                {"jsonrpc": "2.0", "method": "math.divide", "params": [1, 0], "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "error": {"code": 1001, "message": "Division by zero"}, "id": 1}
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void applicationErrorWithData(JsonRpcTransport transport) {
        over(transport).send("""
                {"jsonrpc": "2.0", "method": "math.sqrt", "params": [-4], "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "error": {"code": -32011, "message": "Square root of a negative number",
                    "data": -4.0}, "id": 1}
                """);
    }

    /** {@code java.util.NoSuchElementException}, mapped to an error by the application's exception mapper. */
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void applicationErrorMappedFromAThirdPartyException(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send("""
                {"jsonrpc": "2.0", "method": "lookup", "params": ["answer"], "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "result": 42, "id": 1}
                """);
        wire.send("""
                {"jsonrpc": "2.0", "method": "lookup", "params": ["question"], "id": 2}
                """).returns("""
                {"jsonrpc": "2.0", "error": {"code": 404, "message": "Not found: question"}, "id": 2}
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void noErrorResponseToANotification(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send("""
                {"jsonrpc": "2.0", "method": "fail"}
                """).returnsNothing();
        wire.send("""
                {"jsonrpc": "2.0", "method": "subtract", "params": [42]}
                """).returnsNothing();
    }
}
