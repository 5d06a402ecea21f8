package io.quarkiverse.jsonrpc.client.runtime.protocol;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkiverse.jsonrpc.common.json.ExactDecimals;

/**
 * What a server sent in one message (an HTTP body or a WebSocket frame): responses, and notifications or requests of
 * its own. A batch answer holds several responses; its members that are not JSON-RPC are left out, and told in
 * {@code malformed}, so that the calls the others answer still get their answers.
 */
public record Incoming(List<Response> responses, List<Notification> notifications, List<String> malformed) {

    /** The id of a response whose id is not one this client sends (a string, a fraction): it answers no call. */
    public static final long FOREIGN_ID = Long.MIN_VALUE;

    /**
     * A response; {@code id} is the request's numeric id, {@link #FOREIGN_ID} for an id this client never sends, or
     * null when the server could not read it (then the error concerns the whole message).
     */
    public record Response(Long id, JsonNode result, JsonNode error) {

        /**
         * What is wrong with a response that holds both a result and an error, which JSON-RPC forbids: whether the
         * method ran is unknown, so neither is the call's answer. Null for a response a call can take; a null result
         * beside an error is JSON-RPC 1.0's shape, and an error.
         */
        public String contradiction() {
            return result != null && !result.isNull() && error != null
                    ? "both a result and an error, which JSON-RPC forbids: result " + abbreviate(result.toString())
                            + ", error " + abbreviate(error.toString())
                    : null;
        }
    }

    /** A message with a {@code method}: {@code id} is non-null when the server expects an answer. */
    public record Notification(String method, JsonNode params, JsonNode id) {
    }

    /**
     * @param treeReader made by {@link ExactDecimals#treeReader}, so that results keep every digit
     * @throws IOException when the message is not JSON, or not JSON-RPC
     */
    public static Incoming parse(ObjectReader treeReader, byte[] message) throws IOException {
        JsonNode tree = ExactDecimals.readTree(treeReader, message);
        List<Response> responses = new ArrayList<>(1);
        List<Notification> notifications = new ArrayList<>(0);
        List<String> malformed = List.of();
        if (tree != null && tree.isArray()) {
            IOException first = null;
            for (JsonNode element : tree) {
                try {
                    add(element, responses, notifications);
                } catch (IOException e) {
                    first = first == null ? e : first;
                    malformed = malformed.isEmpty() ? new ArrayList<>(1) : malformed;
                    malformed.add(e.getMessage());
                }
            }
            if (first != null && responses.isEmpty() && notifications.isEmpty()) {
                throw first;
            }
        } else {
            add(tree, responses, notifications);
        }
        return new Incoming(responses, notifications, malformed);
    }

    private static void add(JsonNode node, List<Response> responses, List<Notification> notifications)
            throws IOException {
        if (node == null || !node.isObject()) {
            throw new IOException("not a JSON-RPC message: " + abbreviate(String.valueOf(node)));
        }
        JsonNode method = node.get("method");
        if (method != null && method.isTextual()) {
            notifications.add(new Notification(method.asText(), node.get("params"), node.get("id")));
            return;
        }
        JsonNode error = node.get("error");
        JsonNode result = node.get("result");
        if (error == null && result == null) {
            throw new IOException("neither result, error nor method in " + abbreviate(node.toString()));
        }
        JsonNode id = node.get("id");
        if (id == null) {
            // a response names its request, with null when the server could not read it: JSON without an id is
            // something else, such as a web framework's error page, whose "error" would pass for a JSON-RPC error
            throw new IOException("no id in " + abbreviate(node.toString()));
        }
        // only the whole numbers this client sends name a call: 1.5 is not 1, nor is "1"
        Long numericId = id.isNull() ? null
                : id.isIntegralNumber() && id.canConvertToLong() ? (Long) id.asLong() : (Long) FOREIGN_ID;
        responses.add(new Response(numericId, result, error != null && !error.isNull() ? error : null));
    }

    public static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
