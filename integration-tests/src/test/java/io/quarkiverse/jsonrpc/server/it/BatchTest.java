package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.StringJoiner;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkus.test.junit.QuarkusTest;

/** Batches: up to {@code quarkus.jsonrpc-server.max-batch-size} calls (100 by default), run concurrently. */
@QuarkusTest
class BatchTest extends TransportsTestBase {

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void batchAtTheLimitIsAnswered(JsonRpcTransport transport) {
        JsonNode responses = over(transport).send(batchOfEchoes(100)).json();

        assertThat(responses).hasSize(100);
        for (int i = 0; i < 100; i++) {
            assertThat(responses.get(i)).isEqualTo(Json.parse("{\"jsonrpc\":\"2.0\",\"result\":" + i + ",\"id\":" + i
                    + "}"));
        }
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void batchOverTheLimitGetsOneError(JsonRpcTransport transport) {
        Answer answer = over(transport).send(batchOfEchoes(101)).returnsIgnoringData("""
                {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}
                """);
        assertThat(answer.errorData()).isEqualTo(
                "A batch of 101 requests exceeds the limit of 100 (quarkus.jsonrpc-server.max-batch-size)");
    }

    /**
     * The calls of a batch run concurrently: held calls, asynchronous and blocking, are released by the last call of
     * the same batch. Run one after the other, the first would wait for a release that never comes.
     */
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void callsOfABatchRunConcurrently(JsonRpcTransport transport) {
        String key = "batch-" + transport;
        over(transport).send("""
                [
                    {"jsonrpc": "2.0", "method": "hold", "params": ["%1$s"], "id": 1},
                    {"jsonrpc": "2.0", "method": "blockingHold", "params": ["%1$s"], "id": 2},
                    {"jsonrpc": "2.0", "method": "hold", "params": ["%1$s"], "id": 3},
                    {"jsonrpc": "2.0", "method": "blockingHold", "params": ["%1$s"], "id": 4},
                    {"jsonrpc": "2.0", "method": "release", "params": ["%1$s"], "id": 5}
                ]
                """.formatted(key)).returns("""
                [
                    {"jsonrpc": "2.0", "result": "%1$s", "id": 1},
                    {"jsonrpc": "2.0", "result": "%1$s", "id": 2},
                    {"jsonrpc": "2.0", "result": "%1$s", "id": 3},
                    {"jsonrpc": "2.0", "result": "%1$s", "id": 4},
                    {"jsonrpc": "2.0", "result": true, "id": 5}
                ]
                """.formatted(key));
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void notificationsOfABatchAreNotAnswered(JsonRpcTransport transport) {
        over(transport).send("""
                [
                    {"jsonrpc": "2.0", "method": "update", "params": [1]},
                    {"jsonrpc": "2.0", "method": "fail"},
                    {"jsonrpc": "2.0", "method": "foobar"},
                    {"jsonrpc": "2.0", "method": "subtract", "params": [1, 2, 3]},
                    "not a request"
                ]
                """).returnsIgnoringData("""
                [
                    {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}
                ]
                """);
    }

    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void batchInsideABatchIsAnInvalidRequest(JsonRpcTransport transport) {
        over(transport).send("""
                [[{"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1}]]
                """).returnsIgnoringData("""
                [
                    {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}
                ]
                """);
    }

    private static String batchOfEchoes(int size) {
        StringJoiner batch = new StringJoiner(",", "[", "]");
        for (int i = 0; i < size; i++) {
            batch.add("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[" + i + "],\"id\":" + i + "}");
        }
        return batch.toString();
    }
}
