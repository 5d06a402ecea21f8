package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.Set;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.ReferenceType;

import io.quarkiverse.jsonrpc.common.json.RequiredCreatorParams;

/**
 * The mapper params are read with: a copy of the application's, so that what JSON-RPC needs stricter leaves REST and
 * the rest of the application reading as they did. On that copy:
 * <ul>
 * <li>an integer type takes a number whose fraction is zero, exactly, and only within its range, in an array of a
 * primitive too (see {@link IntegralNumbers});</li>
 * <li>a primitive takes no {@code null}, wherever it is in a param: a record's {@code int} given {@code null} is invalid
 * params, not a silent {@code 0}, as a primitive param is and as the OpenRPC document, which does not make such a
 * property nullable, says. The binder's reader enables {@code FAIL_ON_NULL_FOR_PRIMITIVES} for it; that feature also
 * refuses a record's primitive the client left out, which the document does not require, so an absent primitive is
 * given back its default here: {@code {"y":2}} still makes {@code x} 0, as Jackson reads it elsewhere;</li>
 * <li>but not a Kotlin class's: a primitive property without {@code ?} and without a default value is required, as
 * the OpenRPC document says, where jackson-module-kotlin would take 0 or false for it (see
 * {@link RequiredCreatorParams}).</li>
 * </ul>
 */
final class ParamMapper {

    private ParamMapper() {
    }

    /** @param requiredCreatorParams see {@link RequiredCreatorParams} */
    static ObjectMapper of(ObjectMapper application, Set<String> requiredCreatorParams) {
        ObjectMapper copy = application.copy();
        copy.registerModule(new SimpleModule(ParamMapper.class.getName()).setDeserializerModifier(new Modifier()));
        return RequiredCreatorParams.requiring(copy, requiredCreatorParams);
    }

    /** The features the binder's readers add to the mapper's own. */
    static ObjectReader stricter(ObjectReader reader) {
        return reader.without(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    private static final class Modifier extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            JsonDeserializer<?> exact = IntegralNumbers.exact(type, deserializer);
            return type.isPrimitive() ? new DefaultWhenAbsent(exact) : exact;
        }

        /** jackson-datatype-jdk8 makes {@code OptionalInt} and {@code OptionalLong} reference types. */
        @Override
        public JsonDeserializer<?> modifyReferenceDeserializer(DeserializationConfig config, ReferenceType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return IntegralNumbers.exact(type.getRawClass(), deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return IntegralNumbers.exactArray(type.getContentType().getRawClass(), deserializer);
        }
    }

    /** A primitive's deserializer whose absent value is the primitive's default, whatever its null value is. */
    private static final class DefaultWhenAbsent extends DelegatingDeserializer {

        DefaultWhenAbsent(JsonDeserializer<?> primitive) {
            super(primitive);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new DefaultWhenAbsent(newDelegatee);
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) throws JsonMappingException {
            return _delegatee.getEmptyValue(ctxt);
        }
    }
}
