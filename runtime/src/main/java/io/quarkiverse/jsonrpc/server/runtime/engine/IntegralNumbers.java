package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.io.IOException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Params of an integer type take a JSON number whose fraction is zero ({@code 2.0}, {@code 1e2}) as the integer it is.
 * JSON Schema, and so the OpenRPC document, counts {@code 2.0} as an integer, and clients whose language has one
 * number type send a float that holds an integer that way (Python's {@code json.dumps(2.0)}). Jackson either refuses
 * every floating-point number for an integer ({@code ACCEPT_FLOAT_AS_INT} off, as the binder reads) or truncates
 * ({@code 1.5} would be {@code 1}); its coercion configs have no choice between. So Jackson's own deserializers of the
 * integer types are wrapped, on the binder's copy of the application's mapper only (REST and the rest of the
 * application read as they did): an integral number is read exactly, anything else goes to Jackson's deserializer,
 * which refuses it as before. A deserializer of the application's own for one of these types is left alone.
 * <p>
 * Two more places where Jackson reads an integer otherwise: a {@code byte} takes 128 to 255 as well, wrapped around
 * ({@code 200} would be {@code -56}), which is refused here as out of its range; and the arrays of a primitive integer
 * type ({@code int[]}, a varargs {@code int...}) read their elements without the element type's deserializer, so
 * {@link #exactArray} reads them through it.
 */
final class IntegralNumbers {

    private static final Set<Class<?>> INTEGER_TYPES = Set.of(int.class, long.class, short.class, byte.class,
            Integer.class, Long.class, Short.class, Byte.class, BigInteger.class, OptionalInt.class, OptionalLong.class);
    private static final Set<Class<?>> PRIMITIVE_INTEGER_TYPES = Set.of(int.class, long.class, short.class,
            byte.class);
    private static final String STANDARD_DESERIALIZERS = "com.fasterxml.jackson.databind.deser.std.";
    /** Where jackson-datatype-jdk8's are, {@code OptionalInt}'s and {@code OptionalLong}'s. */
    private static final String JDK8_DESERIALIZERS = "com.fasterxml.jackson.datatype.jdk8.";

    private IntegralNumbers() {
    }

    /** Jackson's deserializer of an integer type, made to read integral floating-point numbers; any other, as it is. */
    static JsonDeserializer<?> exact(Class<?> type, JsonDeserializer<?> deserializer) {
        String jackson = deserializer.getClass().getName();
        return INTEGER_TYPES.contains(type)
                && (jackson.startsWith(STANDARD_DESERIALIZERS) || jackson.startsWith(JDK8_DESERIALIZERS))
                        ? new Exact(deserializer, type)
                        : deserializer;
    }

    /**
     * Jackson's deserializer of an array of a primitive integer type, made to read a JSON array's elements as the
     * element type's deserializer reads them (so {@code [2.0]} is {@code new int[] {2}}); any other, as it is.
     */
    static JsonDeserializer<?> exactArray(Class<?> component, JsonDeserializer<?> deserializer) {
        return PRIMITIVE_INTEGER_TYPES.contains(component)
                && deserializer.getClass().getName().startsWith(STANDARD_DESERIALIZERS)
                        ? new ExactArray(deserializer, component)
                        : deserializer;
    }

    private static final class ExactArray extends DelegatingDeserializer {

        private final Class<?> component;

        ExactArray(JsonDeserializer<?> jackson, Class<?> component) {
            super(jackson);
            this.component = component;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new ExactArray(newDelegatee, component);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartArrayToken()) {
                // a single value as an array, a byte[] as base64: as Jackson reads them
                return _delegatee.deserialize(p, ctxt);
            }
            JsonDeserializer<Object> elements = ctxt.findRootValueDeserializer(ctxt.constructType(component));
            List<Object> values = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                try {
                    values.add(p.hasToken(JsonToken.VALUE_NULL) ? elements.getNullValue(ctxt)
                            : elements.deserialize(p, ctxt));
                } catch (Exception e) {
                    // the array as Jackson's own deserializer names it in the path, so that the element is told
                    throw JsonMappingException.wrapWithPath(e, Array.newInstance(component, 0), values.size());
                }
            }
            Object array = Array.newInstance(component, values.size());
            for (int i = 0; i < values.size(); i++) {
                Array.set(array, i, values.get(i));
            }
            return array;
        }
    }

    private static final class Exact extends DelegatingDeserializer {

        private final Class<?> type;

        Exact(JsonDeserializer<?> jackson, Class<?> type) {
            super(jackson);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Exact(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return read(p, ctxt);
            } catch (InputCoercionException e) {
                // a parser's exception, which a map's deserializer passes on without saying where it was: as the
                // mapper's own, every container on the way adds itself to its path
                throw JsonMappingException.from(p, e.getOriginalMessage(), e);
            }
        }

        private Object read(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                BigDecimal number = p.getDecimalValue();
                if (number.signum() == 0 || number.stripTrailingZeros().scale() <= 0) {
                    return integer(p, number);
                }
            }
            Object value = _delegatee.deserialize(p, ctxt);
            if (value instanceof Byte read && !readAsWritten(p, read)) {
                throw new InputCoercionException(p, "Numeric value (" + p.getText() + ") out of range of " + type,
                        p.currentToken(), type);
            }
            return value;
        }

        /** Whether Jackson's byte is the number the client wrote, not one of 128 to 255 wrapped around. */
        private static boolean readAsWritten(JsonParser p, byte read) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                return p.getNumberType() == JsonParser.NumberType.INT && p.getIntValue() == read;
            }
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                try {
                    return Integer.parseInt(p.getText().trim()) == read;
                } catch (NumberFormatException e) {
                    return true; // a form of Jackson's own, which it has read
                }
            }
            return true;
        }

        private Object integer(JsonParser p, BigDecimal number) throws IOException {
            if (type == BigInteger.class) {
                // as Jackson bounds it: 1e999999999 is a short text and a 415 MB BigInteger
                p.streamReadConstraints().validateBigIntegerScale(number.stripTrailingZeros().scale());
                return number.toBigIntegerExact();
            }
            if (type == int.class || type == Integer.class) {
                return (int) exact(p, number, Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
            if (type == long.class || type == Long.class) {
                return exact(p, number, Long.MIN_VALUE, Long.MAX_VALUE);
            }
            if (type == OptionalInt.class) {
                return OptionalInt.of((int) exact(p, number, Integer.MIN_VALUE, Integer.MAX_VALUE));
            }
            if (type == OptionalLong.class) {
                return OptionalLong.of(exact(p, number, Long.MIN_VALUE, Long.MAX_VALUE));
            }
            if (type == short.class || type == Short.class) {
                return (short) exact(p, number, Short.MIN_VALUE, Short.MAX_VALUE);
            }
            return (byte) exact(p, number, Byte.MIN_VALUE, Byte.MAX_VALUE);
        }

        /**
         * Out of range is told as Jackson tells an integer token out of range: the binder names the range, an
         * {@code OptionalInt}'s an {@code int}'s.
         */
        private long exact(JsonParser p, BigDecimal number, long min, long max) throws IOException {
            if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                Class<?> range = type == OptionalInt.class ? int.class : type == OptionalLong.class ? long.class : type;
                throw new InputCoercionException(p, "Numeric value (" + p.getText() + ") out of range of " + range,
                        JsonToken.VALUE_NUMBER_FLOAT, range);
            }
            return number.longValueExact();
        }
    }
}
