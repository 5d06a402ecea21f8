package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * What is wrong inside a param Jackson could not read, as the client can act on it: where, in the JSON names it sent
 * ({@code 'order.lines[0].qty'}, as a Bean Validation violation's path), what it found there, and what the place
 * takes, in JSON's terms rather than the server's Java types: {@code cannot take a string as an integer}.
 */
final class NestedParamError {

    private static final int MAX_VALUE_LENGTH = 40;

    private NestedParamError() {
    }

    /**
     * @param param the parameter's name
     * @param value what the client gave it
     * @return the problem, or {@code null} when Jackson names no place inside the value
     */
    static String of(String param, JsonNode value, JsonMappingException failure) {
        if (failure.getPath().isEmpty()) {
            return null;
        }
        StringBuilder at = new StringBuilder(param);
        JsonNode found = value;
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                at.append('.').append(reference.getFieldName());
                found = found == null ? null : found.get(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                at.append('[').append(reference.getIndex()).append(']');
                found = found == null ? null : found.get(reference.getIndex());
            }
        }
        String place = "'" + at + "'";
        if (found == null || found.isMissingNode()) {
            return place + " is missing";
        }
        if (found.isNull()) {
            // refused where the type has no null: a Kotlin property without ?, a primitive the mapper fails nulls for
            return place + " must not be null";
        }
        Class<?> target = failure instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        String takes = target == null ? null : kind(target);
        if (failure instanceof InvalidFormatException) {
            // a value Jackson tried to convert: "many" for an int; or the right kind, not a value the type has: "RUSH"
            // for an enum, "tomorrow" for a date
            return place + " cannot take " + abbreviated(found)
                    + (takes == null || takes.equals(ParamBinder.describe(found)) ? "" : " as " + takes);
        }
        return place + " cannot take " + ParamBinder.describe(found) + (takes == null ? "" : " as " + takes);
    }

    /** What a Java type is written as in JSON. */
    static String kind(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "a boolean";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "an integer";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type) || type == BigDecimal.class) {
            return type == char.class ? "a string" : "a number";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type.isEnum()
                || type.getName().startsWith("java.time.") || type == java.util.UUID.class) {
            return "a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String abbreviated(JsonNode value) {
        String text = value.toString();
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + "...";
    }
}
