package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * What is wrong with a param Jackson could not read, as the client can act on it: where, in the JSON names it sent
 * ({@code parameter 'order'}, or {@code 'order.lines[0].qty'} inside it, as a Bean Validation violation's path), what
 * it found there, and what the place takes, in JSON's terms: {@code cannot take "many" as an integer}. Jackson's own
 * messages name the server's Java types ({@code java.lang.Integer}, a record's class), which a client can do nothing
 * with, and are not passed on.
 */
final class UnreadableParam {

    private static final int MAX_VALUE_LENGTH = 40;
    private static final int MAX_ENUM_VALUES = 20;
    /** The JDK's types Jackson reads from a string only: {@code URI}, {@code Locale}, {@code Currency}, ... */
    private static final Set<Class<?>> READ_FROM_STRINGS = Set.of(FromStringDeserializer.types());

    private UnreadableParam() {
    }

    /**
     * @param param the parameter's name
     * @param type what the parameter is read as
     * @param value what the client gave it
     * @param mapper the application's, which writes an enum's constants as a client is to send them
     */
    static String message(String param, Class<?> type, JsonNode value, JsonProcessingException failure,
            ObjectMapper mapper) {
        StringBuilder at = new StringBuilder();
        JsonNode found = value;
        Class<?> target = type;
        if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            at.append(param);
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    at.append('.').append(reference.getFieldName());
                    found = found == null ? null : found.get(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    at.append('[').append(reference.getIndex()).append(']');
                    found = found == null ? null : found.get(reference.getIndex());
                }
            }
            target = null; // known only from the failure
        }
        String place = at.isEmpty() ? "parameter '" + param + "'" : "'" + at + "'";
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return place + " is unknown: the object takes " + quoted(unknown.getKnownPropertyIds());
        }
        if (failure instanceof InvalidTypeIdException typeId && found != null && !found.isObject()) {
            return place + " cannot take " + shown(found) + " as " + JsonKinds.OBJECT;
        }
        if (failure instanceof InvalidTypeIdException typeId) {
            return subtypeProblem(at.isEmpty() ? param : at.toString(), place, typeId, mapper);
        }
        if (found == null || found.isMissingNode()) {
            return place + " is missing";
        }
        if (found.isNull()) {
            // refused where the type has no null: a Kotlin property without ?, a primitive the mapper fails nulls for
            return place + " must not be null";
        }
        if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            target = elementOf(mismatch.getTargetType(), mismatch);
        }
        InputCoercionException outOfRange = cause(failure, InputCoercionException.class);
        // Jackson reads an integer as an int or a long before it is a byte, an enum's index or a date's epoch day: the
        // range a client needs is the place's own, and a place that takes no integer says what it takes below
        if (outOfRange != null && outOfRange.getTargetType() != null
                && (target == null || JsonKinds.INTEGER.equals(kind(target)))) {
            return place + " cannot take " + shown(found) + " as " + range(target != null ? target
                    : outOfRange.getTargetType());
        }
        String takes = target == null ? null : kind(target);
        ValueInstantiationException refused = cause(failure, ValueInstantiationException.class);
        if (refused != null && refused.getCause() instanceof IllegalArgumentException check
                && check.getMessage() != null) {
            // the application's own check of the value, in a record's constructor: its message is for the caller
            return place + " cannot take " + shown(found) + ": " + check.getMessage();
        }
        if (refused != null && refused.getCause() instanceof NullPointerException) {
            // a constructor's null check: Objects.requireNonNull in a record's, Kotlin's of a non-null property where
            // the Kotlin module does not read the class; its message names the server's classes
            return place + " cannot take " + shown(found) + ": a member it requires is missing or null";
        }
        if (failure instanceof InvalidFormatException format && found.isObject() && format.getValue() instanceof String key) {
            // a member name a map's key type does not take
            return place + " cannot take the member name " + shown(TextNode.valueOf(key))
                    + (target != null && target.isEnum() ? ", only one of " + constants(target, mapper) : "");
        }
        if (target != null && target.isEnum()) {
            return place + " cannot take " + shown(found) + ", only one of " + constants(target, mapper);
        }
        // a parser's failure (an integer beyond a long, for a date) has no path: the param itself failed
        String written = target == null ? null
                : WrittenForms.of(target, failure instanceof JsonMappingException mapping ? mapping : null, mapper);
        if (written != null) {
            // not in the form the type is written in: "tomorrow" or true for a date
            return place + " cannot take " + shown(found) + " as " + written;
        }
        if (failure instanceof InvalidFormatException
                && (JsonKinds.OBJECT.equals(takes) || JsonKinds.of(found).equals(takes))) {
            // the right kind of value, not one the type has; or a type of its own deserializer
            return place + " cannot take " + shown(found);
        }
        return place + " cannot take " + shown(found) + (takes == null ? "" : " as " + takes);
    }

    /**
     * An object of a polymorphic type whose type id is missing or not one of its subtypes': said of the property that
     * holds the id, with the ids the type takes.
     *
     * @param path where the object is
     */
    private static String subtypeProblem(String path, String place, InvalidTypeIdException failure,
            ObjectMapper mapper) {
        List<String> ids = new ArrayList<>();
        String property = null;
        try {
            DeserializationConfig config = mapper.getDeserializationConfig();
            AnnotatedClass annotated = config.introspectClassAnnotations(failure.getBaseType()).getClassInfo();
            for (NamedType subtype : mapper.getSubtypeResolver().collectAndResolveSubtypesByTypeId(config, annotated)) {
                if (subtype.hasName()) {
                    ids.add(shown(TextNode.valueOf(subtype.getName())));
                }
            }
            JsonTypeInfo info = annotated.getAnnotation(JsonTypeInfo.class);
            if (info != null && (info.include() == JsonTypeInfo.As.PROPERTY
                    || info.include() == JsonTypeInfo.As.EXISTING_PROPERTY)) {
                property = info.property().isEmpty() ? info.use().getDefaultPropertyName() : info.property();
            }
        } catch (RuntimeException e) {
            // the ids are a help; the message stands without them
        }
        String oneOf = ids.isEmpty() ? "" : String.join(", ", ids);
        if (property == null) {
            return place + " cannot take an object of an unknown type" + (oneOf.isEmpty() ? "" : ", only one of " + oneOf);
        }
        String id = "'" + path + "." + property + "'";
        if (failure.getTypeId() == null) {
            return id + " is missing" + (oneOf.isEmpty() ? "" : ": one of " + oneOf);
        }
        return id + " cannot take " + shown(TextNode.valueOf(failure.getTypeId()))
                + (oneOf.isEmpty() ? "" : ", only one of " + oneOf);
    }

    /**
     * What the value that failed is read as: Jackson names a primitive array where one of its elements failed, the
     * array being what its deserializer makes.
     */
    private static Class<?> elementOf(Class<?> target, JsonMappingException failure) {
        List<JsonMappingException.Reference> path = failure.getPath();
        Object from = path.isEmpty() ? null : path.get(path.size() - 1).getFrom();
        return target.isArray() && from != null && from.getClass() == target ? target.getComponentType() : target;
    }

    /** A value as it is shown in a message: a scalar as its JSON text, shortened; an array or object by its kind. */
    static String shown(JsonNode value) {
        if (value.isContainerNode()) {
            return JsonKinds.of(value);
        }
        String text = value.toString();
        if (value.isBigDecimal()) {
            // as JSON writes it (1e10), not as BigDecimal does (1E+10): the client wrote one of the former
            text = text.replace("E+", "e").replace('E', 'e');
        }
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + "...";
    }

    /** What a Java type is written as in JSON. */
    static String kind(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return JsonKinds.BOOLEAN;
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class || type == OptionalInt.class || type == OptionalLong.class) {
            return JsonKinds.INTEGER;
        }
        if (type == OptionalDouble.class) {
            return JsonKinds.NUMBER;
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type) || type == BigDecimal.class) {
            return type == char.class ? JsonKinds.STRING : JsonKinds.NUMBER;
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type.isEnum()
                || type.getName().startsWith("java.time.") || type == java.util.UUID.class
                || READ_FROM_STRINGS.contains(type)) {
            return JsonKinds.STRING;
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return JsonKinds.ARRAY;
        }
        return JsonKinds.OBJECT;
    }

    private static String range(Class<?> type) {
        if (type == int.class || type == Integer.class || type == OptionalInt.class) {
            return "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class || type == OptionalLong.class) {
            return "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type == short.class || type == Short.class) {
            return "an integer from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE;
        }
        if (type == byte.class || type == Byte.class) {
            return "an integer from " + Byte.MIN_VALUE + " to " + Byte.MAX_VALUE;
        }
        return kind(type);
    }

    /** The constants of an enum, as the application's mapper writes them: what a client reads and sends. */
    private static String constants(Class<?> type, ObjectMapper mapper) {
        Object[] constants = type.getEnumConstants();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < constants.length && i < MAX_ENUM_VALUES; i++) {
            written.add(written(constants[i], mapper));
        }
        String list = String.join(", ", written);
        return constants.length > MAX_ENUM_VALUES ? list + ", ... (" + constants.length + " in all)" : list;
    }

    private static String written(Object constant, ObjectMapper mapper) {
        try {
            return mapper.valueToTree(constant).toString();
        } catch (IllegalArgumentException e) {
            return "\"" + ((Enum<?>) constant).name() + "\"";
        }
    }

    private static String quoted(Collection<Object> names) {
        List<String> quoted = new ArrayList<>();
        for (Object name : names) {
            quoted.add("\"" + name + "\"");
        }
        return String.join(", ", quoted);
    }

    /** The failure, or what it wraps, of a type: what Jackson's exceptions carry of the one that made them. */
    static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
