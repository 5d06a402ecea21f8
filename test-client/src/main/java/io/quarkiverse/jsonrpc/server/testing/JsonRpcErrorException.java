package io.quarkiverse.jsonrpc.server.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/** The server answered a call with an error: its code, message and data, as they came. */
public class JsonRpcErrorException extends RuntimeException {

    private final int code;
    private final String errorMessage;
    private final JsonNode data;
    private final transient ObjectMapper mapper;

    JsonRpcErrorException(int code, String errorMessage, JsonNode data, ObjectMapper mapper) {
        super(code + " " + errorMessage + (data == null ? "" : " " + data));
        this.code = code;
        this.errorMessage = errorMessage;
        this.data = data;
        this.mapper = mapper;
    }

    static JsonRpcErrorException of(JsonNode error, ObjectMapper mapper) {
        JsonNode data = error.get("data");
        return new JsonRpcErrorException(error.path("code").asInt(), error.path("message").asText(null),
                data == null || data instanceof NullNode ? null : data, mapper);
    }

    /** The error's {@code code}. */
    public int code() {
        return code;
    }

    /** The error's {@code message}. */
    public String message() {
        return errorMessage;
    }

    /** The error's {@code data}; {@code null} when absent. */
    public JsonNode data() {
        return data;
    }

    /** The error's {@code data} read as {@code type}. */
    public <T> T data(Class<T> type) {
        try {
            return data == null ? null : mapper.treeToValue(data, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError("The error data " + data + " is no " + type.getName(), e);
        }
    }

    /** The error's {@code data} read as a generic type: {@code data(new TypeReference<List<Violation>>() {})}. */
    public <T> T data(TypeReference<T> type) {
        try {
            return data == null ? null : mapper.treeToValue(data, mapper.getTypeFactory().constructType(type));
        } catch (JsonProcessingException e) {
            throw new AssertionError("The error data " + data + " is no " + type.getType().getTypeName(), e);
        }
    }
}
