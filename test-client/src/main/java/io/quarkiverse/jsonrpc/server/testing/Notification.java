package io.quarkiverse.jsonrpc.server.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A notification the server sent: a method and its params. */
public final class Notification {

    private final String method;
    private final JsonNode params;
    private final ObjectMapper mapper;

    Notification(String method, JsonNode params, ObjectMapper mapper) {
        this.method = method;
        this.params = params;
        this.mapper = mapper;
    }

    public String method() {
        return method;
    }

    /** The params as JSON; {@code null} when absent. */
    public JsonNode params() {
        return params;
    }

    /** The params read as {@code type}, a record or POJO for named params. */
    public <T> T params(Class<T> type) {
        try {
            return mapper.treeToValue(params, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError("The params " + params + " of " + method + " are no " + type.getName(), e);
        }
    }

    @Override
    public String toString() {
        return method + " " + params;
    }
}
