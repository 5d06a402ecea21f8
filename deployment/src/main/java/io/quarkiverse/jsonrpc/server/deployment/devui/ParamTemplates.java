package io.quarkiverse.jsonrpc.server.deployment.devui;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A value the server takes for each param, read from the OpenRPC document's schemas, for the Dev UI's form to start
 * from: an enum's first constant, a record with each of its properties, where the Java type's name alone would give
 * {@code {}}, which the server refuses for an enum.
 */
final class ParamTemplates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** How deep an object's properties are filled in: a recursive type ends. */
    private static final int DEPTH = 4;

    /** By method name, by param name. */
    private final Map<String, Map<String, JsonNode>> byMethod = new HashMap<>();

    ParamTemplates(String document) {
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The OpenRPC document is not JSON", e);
        }
        JsonNode components = root.path("components").path("schemas");
        for (JsonNode method : root.path("methods")) {
            Map<String, JsonNode> params = new HashMap<>();
            for (JsonNode param : method.path("params")) {
                params.put(param.path("name").asText(), value(param.path("schema"), components, DEPTH));
            }
            byMethod.put(method.path("name").asText(), params);
        }
    }

    /**
     * The param's value, as plain Java values (maps, lists, strings, numbers) the Dev UI's build-time data takes;
     * {@code null} where the document does not list the method (no transport serves it) or where the value is null.
     */
    Object of(String method, String param) {
        Map<String, JsonNode> params = byMethod.get(method);
        JsonNode value = params == null ? null : params.get(param);
        return value == null ? null : JSON.convertValue(value, Object.class);
    }

    private static JsonNode value(JsonNode schema, JsonNode components, int depth) {
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            String name = ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
            return depth == 0 ? NODES.nullNode() : value(components.path(name), components, depth - 1);
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.path("enum").size() > 0) {
            for (JsonNode constant : schema.get("enum")) {
                if (!constant.isNull()) {
                    return constant;
                }
            }
        }
        for (String alternatives : new String[] { "oneOf", "anyOf" }) {
            for (JsonNode alternative : schema.path(alternatives)) {
                if (!"null".equals(alternative.path("type").asText())) {
                    return value(alternative, components, depth);
                }
            }
        }
        return switch (type(schema)) {
            case "integer", "number" -> NODES.numberNode(0);
            case "string" -> NODES.textNode("");
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> NODES.arrayNode();
            case "null" -> NODES.nullNode();
            default -> object(schema, components, depth);
        };
    }

    /** The schema's type, the first other than {@code null} of several. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asText().equals("null")) {
                    return one.asText();
                }
            }
            return "null";
        }
        return type.asText("object");
    }

    /** An object with each of its properties, as Swagger UI's examples have them: the form is there to be edited. */
    private static JsonNode object(JsonNode schema, JsonNode components, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth == 0) {
            return object;
        }
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties
                .hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            object.set(property.getKey(), value(property.getValue(), components, depth - 1));
        }
        return object;
    }
}
