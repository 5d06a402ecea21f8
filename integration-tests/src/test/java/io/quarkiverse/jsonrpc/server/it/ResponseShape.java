package io.quarkiverse.jsonrpc.server.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** What makes a response well-formed, in JSON-RPC 2.0 or 1.0; used on answers to messages nobody wrote by hand. */
final class ResponseShape {

    private static final Set<String> MEMBERS_2_0 = Set.of("jsonrpc", "result", "error", "id");
    private static final Set<String> MEMBERS_1_0 = Set.of("result", "error", "id");
    private static final Set<String> ERROR_MEMBERS = Set.of("code", "message", "data");

    private ResponseShape() {
    }

    /** What is wrong with a response or batch response; empty when it is well-formed. */
    static List<String> problems(JsonNode response) {
        List<String> problems = new ArrayList<>();
        if (response.isArray()) {
            if (response.isEmpty()) {
                problems.add("an empty batch response");
            }
            response.forEach(member -> checkResponse(member, problems));
        } else {
            checkResponse(response, problems);
        }
        return problems;
    }

    private static void checkResponse(JsonNode response, List<String> problems) {
        if (!response.isObject()) {
            problems.add("a response that is not an object: " + response);
            return;
        }
        List<String> members = new ArrayList<>();
        response.fieldNames().forEachRemaining(members::add);
        if (!response.has("id") || !isValidId(response.get("id"))) {
            problems.add("no valid id in " + response);
        }
        if (response.has("jsonrpc")) {
            if (!"2.0".equals(response.get("jsonrpc").textValue()) || !MEMBERS_2_0.containsAll(members)
                    || response.has("result") == response.has("error")) {
                problems.add("not a JSON-RPC 2.0 response: " + response);
            }
        } else if (!MEMBERS_1_0.equals(Set.copyOf(members))
                || !response.get("error").isNull() && !response.get("result").isNull()) {
            problems.add("not a JSON-RPC 1.0 response: " + response);
        }
        JsonNode error = response.path("error");
        if (error.isObject()) {
            List<String> errorMembers = new ArrayList<>();
            error.fieldNames().forEachRemaining(errorMembers::add);
            if (!error.path("code").isInt() || !error.path("message").isTextual()
                    || !ERROR_MEMBERS.containsAll(errorMembers)) {
                problems.add("not a JSON-RPC error: " + error);
            }
        } else if (!error.isMissingNode() && !error.isNull()) {
            problems.add("an error that is not an object: " + error);
        }
    }

    private static boolean isValidId(JsonNode id) {
        return id.isTextual() || id.isNumber() || id.isNull();
    }
}
