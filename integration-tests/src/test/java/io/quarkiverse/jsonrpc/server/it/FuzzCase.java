package io.quarkiverse.jsonrpc.server.it;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * One generated message and what a correct server answers to it.
 *
 * @param kind how the message was made, to tell failures apart
 * @param message the bytes on the wire
 * @param expected the kind of answer
 * @param id the id the answer must carry, for {@link Expected#INVALID_REQUEST} and {@link Expected#INVALID_PARAMS}
 * @param answered whether an answer comes at all: a valid notification gets none
 */
record FuzzCase(String kind, byte[] message, Expected expected, JsonNode id, Answered answered) {

    enum Answered {
        ALWAYS,
        NEVER,
        /** For bytes that may turn a member name into another, the parser not checking UTF-8 there. */
        MAYBE
    }

    enum Expected {
        /** -32700 with a null id. */
        PARSE_ERROR,
        /** -32600, with the request's id when it had a valid one. */
        INVALID_REQUEST,
        /** -32602, with the request's id. */
        INVALID_PARAMS,
        /** Only -32700 or -32600 errors with null ids, alone or in a batch response. */
        ERROR_WITHOUT_ID,
        /** Any well-formed response, or none as {@link FuzzCase#answered()} says. */
        WELL_FORMED
    }

    static FuzzCase of(String kind, String message, Expected expected) {
        return of(kind, message.getBytes(StandardCharsets.UTF_8), expected);
    }

    static FuzzCase of(String kind, byte[] message, Expected expected) {
        return new FuzzCase(kind, message, expected, NullNode.instance, Answered.ALWAYS);
    }

    String text() {
        return new String(message, StandardCharsets.UTF_8);
    }

    /** What is wrong with the answer ({@code null} for none); {@code null} when it is right. */
    String problem(JsonNode answer) {
        if (answer == null) {
            return answered == Answered.ALWAYS ? "no response" : null;
        }
        if (answered == Answered.NEVER) {
            return "a response to a notification: " + answer;
        }
        List<String> problems = ResponseShape.problems(answer);
        if (!problems.isEmpty()) {
            return String.join("; ", problems);
        }
        return switch (expected) {
            case PARSE_ERROR -> expectError(answer, -32700, NullNode.instance);
            case INVALID_REQUEST -> expectError(answer, -32600, id);
            case INVALID_PARAMS -> expectError(answer, -32602, id);
            case ERROR_WITHOUT_ID -> expectErrorsWithoutId(answer);
            case WELL_FORMED -> null;
        };
    }

    private static String expectError(JsonNode answer, int code, JsonNode id) {
        if (answer.isArray() || answer.path("error").path("code").asInt() != code || !answer.get("id").equals(id)) {
            return "expected error " + code + " with id " + id + ", got " + answer;
        }
        return null;
    }

    private static String expectErrorsWithoutId(JsonNode answer) {
        for (JsonNode response : answer.isArray() ? answer : List.of(answer)) {
            int code = response.path("error").path("code").asInt();
            if (code != -32700 && code != -32600 || !response.get("id").isNull()) {
                return "expected -32700 or -32600 errors with null ids, got " + answer;
            }
        }
        return null;
    }
}
