package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The id of a response is the id of the request, exactly as the client wrote it: strings of any content, integers
 * beyond what a double holds, fractions with their trailing zeros. Responses are compared as text here.
 */
@QuarkusTest
class RequestIdsTest extends TransportsTestBase {

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void stringIds(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send("""
                {"jsonrpc":"2.0","method":"subtract","params":[42,23],"id":"abc-1"}""")
                .returnsExactly("""
                        {"jsonrpc":"2.0","result":19,"id":"abc-1"}""");
        wire.send("""
                {"jsonrpc":"2.0","method":"subtract","params":[42,23],"id":""}""")
                .returnsExactly("""
                        {"jsonrpc":"2.0","result":19,"id":""}""");
        wire.send("""
                {"jsonrpc":"2.0","method":"subtract","params":[42,23],"id":"ключ \\"🔑\\" \\u0001"}""")
                .returns("""
                        {"jsonrpc":"2.0","result":19,"id":"ключ \\"🔑\\" \\u0001"}""");
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void integerIds(JsonRpcTransport transport) {
        Wire wire = over(transport);
        for (String id : new String[] { "0", "1", "-1", "2147483648", "-9223372036854775808" }) {
            wire.send("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[42,23],\"id\":" + id + "}")
                    .returnsExactly("{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":" + id + "}");
        }
    }

    /** 2^53 + 1 is the first integer a double cannot hold: a JavaScript client would read it as 2^53. */
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void integerIdsBeyondTwoToThe53(JsonRpcTransport transport) {
        Wire wire = over(transport);
        wire.send("""
                {"jsonrpc":"2.0","method":"subtract","params":[42,23],"id":9007199254740993}""")
                .returnsExactly("""
                        {"jsonrpc":"2.0","result":19,"id":9007199254740993}""");
        wire.send("""
                {"jsonrpc":"2.0","method":"subtract","params":[42,23],"id":123456789012345678901234567890}""")
                .returnsExactly("""
                        {"jsonrpc":"2.0","result":19,"id":123456789012345678901234567890}""");
    }

    /** The specification discourages fractional ids, so a server must get them right. */
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void fractionalIds(JsonRpcTransport transport) {
        Wire wire = over(transport);
        for (String id : new String[] { "1.10", "-0.0", "1e3", "1.5E-7", "0.1000000000000000055511151231257827" }) {
            wire.send("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[42,23],\"id\":" + id + "}")
                    .returnsExactly("{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":" + id + "}");
        }
    }

    /** A null id is a call, not a notification: it is answered, with a null id. */
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void nullId(JsonRpcTransport transport) {
        over(transport).send("""
                {"jsonrpc":"2.0","method":"subtract","params":[42,23],"id":null}""")
                .returnsExactly("""
                        {"jsonrpc":"2.0","result":19,"id":null}""");
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void idsOfOtherTypesAreInvalidRequests(JsonRpcTransport transport) {
        Wire wire = over(transport);
        for (String id : new String[] { "true", "false", "[1]", "{\"id\": 1}" }) {
            wire.send("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[42,23],\"id\":" + id + "}")
                    .returnsIgnoringData("""
                            {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}
                            """);
        }
    }

    /** The method sees the id as a Java number of the right size, and returns it without loss. */
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void theMethodSeesTheIdItWasCalledWith(JsonRpcTransport transport) {
        Wire wire = over(transport);
        assertThat(wire.send("""
                {"jsonrpc":"2.0","method":"describeCall","id":9007199254740993}""").text())
                .contains("\"requestId\":9007199254740993");
        assertThat(wire.send("""
                {"jsonrpc":"2.0","method":"describeCall","id":123456789012345678901234567890}""").text())
                .contains("\"requestId\":123456789012345678901234567890");
        assertThat(wire.send("""
                {"jsonrpc":"2.0","method":"describeCall","id":1.10}""").text())
                .contains("\"requestId\":1.10");
        assertThat(wire.send("""
                {"jsonrpc":"2.0","method":"describeCall","id":"1.10"}""").text())
                .contains("\"requestId\":\"1.10\"");
    }
}
