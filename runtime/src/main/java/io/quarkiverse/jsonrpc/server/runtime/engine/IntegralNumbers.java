package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
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
 */
final class IntegralNumbers {

    private static final Set<Class<?>> INTEGER_TYPES = Set.of(int.class, long.class, short.class, byte.class,
            Integer.class, Long.class, Short.class, Byte.class, BigInteger.class);
    private static final String STANDARD_DESERIALIZERS = "com.fasterxml.jackson.databind.deser.std.";

    private IntegralNumbers() {
    }

    /** Jackson's deserializer of an integer type, made to read integral floating-point numbers; any other, as it is. */
    static JsonDeserializer<?> exact(Class<?> type, JsonDeserializer<?> deserializer) {
        return INTEGER_TYPES.contains(type) && deserializer.getClass().getName().startsWith(STANDARD_DESERIALIZERS)
                ? new Exact(deserializer, type)
                : deserializer;
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
            if (p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                BigDecimal number = p.getDecimalValue();
                if (number.signum() == 0 || number.stripTrailingZeros().scale() <= 0) {
                    return integer(p, number);
                }
            }
            return _delegatee.deserialize(p, ctxt);
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
            if (type == short.class || type == Short.class) {
                return (short) exact(p, number, Short.MIN_VALUE, Short.MAX_VALUE);
            }
            return (byte) exact(p, number, Byte.MIN_VALUE, Byte.MAX_VALUE);
        }

        /** Out of range is told as Jackson tells an integer token out of range: the binder names the range. */
        private long exact(JsonParser p, BigDecimal number, long min, long max) throws IOException {
            if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw new InputCoercionException(p, "Numeric value (" + p.getText() + ") out of range of " + type,
                        JsonToken.VALUE_NUMBER_FLOAT, type);
            }
            return number.longValueExact();
        }
    }
}
