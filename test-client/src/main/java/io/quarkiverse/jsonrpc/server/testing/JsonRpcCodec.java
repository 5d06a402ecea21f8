package io.quarkiverse.jsonrpc.server.testing;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/**
 * The JSON of a {@link JsonRpcTestClient}, with its {@link ObjectMapper}: the messages it writes (each request with
 * an id of its own), and the responses it reads back into results, errors and the types a test asks for.
 */
final class JsonRpcCodec {

    final ObjectMapper mapper;
    /** Reads params into a tree keeping each decimal's scale, whatever the mapper says. */
    private final ObjectReader paramsReader;
    /**
     * Reads what the server sends keeping each decimal as written: the mapper's own trees hold a double, in which
     * {@code 1.50} is {@code 1.5} and the digits of {@code 12345678901234567.89} past a double's 17 are lost.
     */
    private final ObjectReader messageReader;
    private final AtomicLong ids = new AtomicLong();

    JsonRpcCodec(ObjectMapper mapper) {
        this.mapper = mapper;
        this.paramsReader = mapper.readerFor(JsonNode.class).without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
        this.messageReader = paramsReader.with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    ObjectNode request(String method, JsonNode params) {
        return message(method, params, nextId());
    }

    /** The id of the next request: 1, 2, 3 and on, for this client. */
    long nextId() {
        return ids.incrementAndGet();
    }

    /** A request, or a notification when {@code id} is {@code null}; without params when they are. */
    ObjectNode message(String method, JsonNode params, Long id) {
        ObjectNode message = mapper.createObjectNode().put("jsonrpc", "2.0").put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        if (id != null) {
            message.put("id", id);
        }
        return message;
    }

    ArrayNode positional(Object... params) {
        return (ArrayNode) tree(params == null ? new Object[] { null } : params);
    }

    JsonNode named(Object params) {
        return tree(params);
    }

    /**
     * Params as the mapper writes them, a {@code BigDecimal} with its scale: the mapper's own {@code valueToTree}
     * strips trailing zeros, and a test of {@code 1.50} would send {@code 1.5}.
     */
    private JsonNode tree(Object value) {
        try (TokenBuffer buffer = new TokenBuffer(mapper, false)) {
            mapper.writeValue(buffer, value);
            try (JsonParser tokens = buffer.asParser()) {
                return paramsReader.readTree(tokens);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Params that Jackson cannot write: " + e.getMessage(), e);
        }
    }

    /** The result of a response; its error thrown as a {@link JsonRpcErrorException}. */
    JsonNode resultOf(JsonNode response) {
        JsonNode error = response.get("error");
        if (error != null && !error.isNull()) {
            throw JsonRpcErrorException.of(error, mapper);
        }
        if (!response.has("result")) {
            throw new AssertionError("A response has a result or an error, this has neither: " + response);
        }
        return response.get("result");
    }

    <T> T convert(JsonNode value, Class<T> type) {
        try {
            return mapper.treeToValue(value, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError("The result " + value + " is no " + type.getName() + ": " + e.getOriginalMessage(),
                    e);
        }
    }

    <T> T convert(JsonNode value, TypeReference<T> type) {
        try {
            return mapper.treeToValue(value, mapper.getTypeFactory().constructType(type));
        } catch (JsonProcessingException e) {
            throw new AssertionError("The result " + value + " is no " + type.getType().getTypeName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    String write(JsonNode message) {
        try {
            return mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Params that Jackson cannot write: " + e.getOriginalMessage(), e);
        }
    }

    /** A message from the server, which must be JSON. */
    JsonNode read(String text) {
        try {
            return parse(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("The server sent something that is not JSON: " + text, e);
        }
    }

    /** A message from the server, each decimal as written. */
    JsonNode parse(String text) throws JsonProcessingException {
        return messageReader.readTree(text);
    }
}
