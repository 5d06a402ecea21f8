package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The kinds of JSON value, as every message to a client names them, whether the engine met the value reading the
 * request ({@code 'params' must be an array or an object, not a string}) or binding a param ({@code cannot take 5 as an
 * array}).
 */
final class JsonKinds {

    static final String ARRAY = "an array";
    static final String OBJECT = "an object";
    static final String STRING = "a string";
    static final String NUMBER = "a number";
    static final String INTEGER = "an integer";
    static final String BOOLEAN = "a boolean";
    static final String NULL = "null";

    private JsonKinds() {
    }

    /** The kind of the value a token starts. */
    static String of(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> ARRAY;
            case START_OBJECT -> OBJECT;
            case VALUE_STRING -> STRING;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> BOOLEAN;
            case VALUE_NULL -> NULL;
            default -> token.asString();
        };
    }

    static String of(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> ARRAY;
            case OBJECT -> OBJECT;
            case STRING -> STRING;
            case NUMBER -> NUMBER;
            case BOOLEAN -> BOOLEAN;
            case NULL -> NULL;
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
