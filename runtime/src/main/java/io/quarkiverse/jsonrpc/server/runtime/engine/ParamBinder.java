package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;

import io.quarkiverse.jsonrpc.common.json.ExactDecimals;
import io.quarkiverse.jsonrpc.common.json.RequiredCreatorParams;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;

/**
 * Turns a request's params into the arguments of the Java method, with the application's ObjectMapper. Positional
 * params bind in order, named params by Java parameter name; context parameters are filled from the call.
 */
final class ParamBinder {

    /** Where deserializers that Jackson ships live: a value they would return as it is can be read from the node. */
    private static final String STANDARD_DESERIALIZERS = "com.fasterxml.jackson.databind.deser.std.";

    private final ObjectMapper mapper;
    /** The application's mapper, made stricter where JSON-RPC must be: a copy (see {@link ParamMapper}). */
    private final ObjectMapper paramMapper;
    /** One reader per parameter type, made once: an ObjectReader is immutable and cheap to reuse. */
    private final Map<JavaType, ValueReader> readers = new ConcurrentHashMap<>();

    /** @param requiredCreatorParams see {@link RequiredCreatorParams} */
    ParamBinder(ObjectMapper mapper, Set<String> requiredCreatorParams) {
        this.mapper = mapper;
        this.paramMapper = ParamMapper.of(mapper, requiredCreatorParams);
    }

    Object[] bind(RpcMethod method, JsonNode params, CallContext context) throws InvalidParamsException {
        List<RpcParam> declared = method.params();
        Object[] args = new Object[declared.size()];
        if (params != null && params.isObject()) {
            bindNamed(method, params, context, args);
        } else {
            bindPositional(method, params, context, args);
        }
        return args;
    }

    private void bindPositional(RpcMethod method, JsonNode params, CallContext context, Object[] args)
            throws InvalidParamsException {
        List<RpcParam> declared = method.params();
        int given = params == null ? 0 : params.size();
        int next = 0;
        for (int i = 0; i < args.length; i++) {
            RpcParam param = declared.get(i);
            if (!param.kind().fromParams()) {
                args[i] = contextValue(param, context);
            } else if (param.kind() == RpcParam.Kind.VARARGS) {
                ArrayNode rest = mapper.createArrayNode();
                while (next < given) {
                    rest.add(params.get(next++));
                }
                args[i] = read(param, rest);
            } else if (next < given) {
                args[i] = read(param, params.get(next++));
            } else {
                args[i] = absent(param);
            }
        }
        if (next < given) {
            int takes = method.valueParamCount();
            throw new InvalidParamsException("method '" + method.name() + "' takes "
                    + (takes == 0 ? "no params" : takes == 1 ? "1 param" : takes + " params") + ", " + given + " given");
        }
    }

    private void bindNamed(RpcMethod method, JsonNode params, CallContext context, Object[] args)
            throws InvalidParamsException {
        List<RpcParam> declared = method.params();
        for (Iterator<String> names = params.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!hasValueParam(declared, name)) {
                throw new InvalidParamsException("unknown parameter '" + name + "' for method '" + method.name() + "'");
            }
        }
        for (int i = 0; i < args.length; i++) {
            RpcParam param = declared.get(i);
            if (!param.kind().fromParams()) {
                args[i] = contextValue(param, context);
                continue;
            }
            JsonNode value = params.get(param.name());
            args[i] = value == null ? absent(param) : read(param, value);
        }
    }

    private static boolean hasValueParam(List<RpcParam> declared, String name) {
        for (RpcParam param : declared) {
            if (param.kind().fromParams() && param.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private Object read(RpcParam param, JsonNode value) throws InvalidParamsException {
        if (value.isNull()) {
            if (param.kind() == RpcParam.Kind.OPTIONAL) {
                return empty(param);
            }
            if (param.kind() == RpcParam.Kind.VARARGS) {
                return absent(param);
            }
            if (param.nullRefused()) {
                throw new InvalidParamsException("parameter '" + param.name() + "' must not be null");
            }
            // as Jackson reads a null for a JsonNode, in a record's component or a request body
            return param.type().getRawClass() == JsonNode.class ? NullNode.getInstance() : null;
        }
        if (param.kind() == RpcParam.Kind.VARARGS && !value.isArray()) {
            throw cannotTake(param, value, JsonKinds.ARRAY);
        }
        try {
            Object converted = readers.computeIfAbsent(param.type(), this::reader).read(value);
            if (converted == null && param.nullRefused()) {
                // what Jackson reads as null: "" for a date, as it coerces an empty string
                Class<?> type = param.type().getRawClass();
                String written = WrittenForms.of(type, null, mapper);
                throw cannotTake(param, value, written != null ? written : UnreadableParam.kind(type));
            }
            return param.kind() == RpcParam.Kind.OPTIONAL ? present(param, converted) : converted;
        } catch (InvalidDefinitionException e) {
            if (!value.isArray() && e.getType() != null && e.getType().getRawClass() == param.type().getRawClass()
                    && param.type().isArrayType()) {
                // Jackson's deserializer of a primitive array has no creator to take a scalar with, and says so as of
                // a type no params can fill: "abc" for an int[] is a value of the wrong kind, the client's to fix
                throw cannotTake(param, value, JsonKinds.ARRAY);
            }
            throw new UnreadableTypeException(param, e);
        } catch (JsonProcessingException e) {
            ValueInstantiationException failed = UnreadableParam.cause(e, ValueInstantiationException.class);
            // the constructor's refusal of the value is the caller's to act on; anything else it throws is a bug
            if (failed != null && failed.getCause() != null && !(failed.getCause() instanceof IllegalArgumentException)
                    && !(failed.getCause() instanceof NullPointerException)) {
                throw new UnreadableTypeException(param, failed);
            }
            throw new InvalidParamsException(
                    UnreadableParam.message(param.name(), param.type().getRawClass(), value, e, mapper));
        } catch (IOException | IllegalArgumentException e) {
            throw cannotTake(param, value, UnreadableParam.kind(param.type().getRawClass()));
        }
    }

    /** @param as what the parameter takes, in JSON's terms: {@code an array}, {@code a date (ISO 8601, ...)} */
    private static InvalidParamsException cannotTake(RpcParam param, JsonNode value, String as) {
        return new InvalidParamsException(
                "parameter '" + param.name() + "' cannot take " + UnreadableParam.shown(value) + " as " + as);
    }

    /**
     * The application's reader, made stricter where JSON-RPC must be: 1.9 given for an int is invalid params, not a
     * silent 1; 2.0 is 2; {@code null} for a primitive inside a param is invalid params, not a silent 0 (see
     * {@link ParamMapper}).
     */
    private ValueReader reader(JavaType type) {
        ObjectReader reader = ParamMapper.stricter(paramMapper.readerFor(type));
        ValueReader direct = hasStandardDeserializer(type) ? directReader(type.getRawClass(), reader) : null;
        return direct != null ? direct : value -> ExactDecimals.read(reader, value);
    }

    /**
     * For the scalar types of most params, a node of the matching JSON type is read straight from the tree: what
     * Jackson's own deserializer would return, without the deserialization context it makes for every value (a fifth
     * of a call's time). Any other node goes through the reader, for the same conversions and errors.
     */
    private static ValueReader directReader(Class<?> type, ObjectReader reader) {
        if (type == int.class || type == Integer.class) {
            return value -> value.isInt() ? (Object) value.intValue() : ExactDecimals.read(reader, value);
        }
        if (type == long.class || type == Long.class) {
            return value -> value.isInt() || value.isLong() ? (Object) value.longValue()
                    : ExactDecimals.read(reader, value);
        }
        if (type == double.class || type == Double.class) {
            // a decimal of the params tree (see ExactDecimals) rounds to the double parsing its text gives
            return value -> value.isBigDecimal() || value.isDouble() ? (Object) value.doubleValue()
                    : ExactDecimals.read(reader, value);
        }
        if (type == boolean.class || type == Boolean.class) {
            return value -> value.isBoolean() ? (Object) value.booleanValue() : ExactDecimals.read(reader, value);
        }
        if (type == String.class) {
            return value -> value.isTextual() ? value.textValue() : ExactDecimals.read(reader, value);
        }
        return null;
    }

    /** Whether the application's mapper reads that type with Jackson's own deserializer, not one of its modules'. */
    private boolean hasStandardDeserializer(JavaType type) {
        try {
            DeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                    .createInstance(mapper.getDeserializationConfig(), null, null);
            return context.findRootValueDeserializer(type).getClass().getName().startsWith(STANDARD_DESERIALIZERS);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads one param value into its Java type. */
    @FunctionalInterface
    private interface ValueReader {
        Object read(JsonNode value) throws IOException;
    }

    private Object absent(RpcParam param) throws InvalidParamsException {
        return switch (param.kind()) {
            case OPTIONAL -> empty(param);
            case NULLABLE -> null;
            case DEFAULTED -> RpcParam.OMITTED;
            case VARARGS -> read(param, mapper.createArrayNode());
            default -> throw new InvalidParamsException("missing required parameter '" + param.name() + "'");
        };
    }

    /** An {@link RpcParam.Kind#OPTIONAL} param's empty value: the primitive it is read as says which optional. */
    private static Object empty(RpcParam param) {
        Class<?> element = param.type().getRawClass();
        if (element == int.class) {
            return OptionalInt.empty();
        }
        if (element == long.class) {
            return OptionalLong.empty();
        }
        if (element == double.class) {
            return OptionalDouble.empty();
        }
        return Optional.empty();
    }

    private static Object present(RpcParam param, Object value) {
        Class<?> element = param.type().getRawClass();
        if (element == int.class) {
            return OptionalInt.of((Integer) value);
        }
        if (element == long.class) {
            return OptionalLong.of((Long) value);
        }
        if (element == double.class) {
            return OptionalDouble.of((Double) value);
        }
        return Optional.ofNullable(value);
    }

    /** What the transport gives the context parameters: the engine passes them on without knowing their types. */
    private static Object contextValue(RpcParam param, CallContext context) {
        return switch (param.kind()) {
            case CONTEXT -> (JsonRpcContext) context;
            case SECURITY_IDENTITY -> context.identity();
            case WEB_SOCKET_CONNECTION -> context.connection().orElse(null);
            default -> throw new IllegalStateException("Not a context parameter: " + param);
        };
    }

}
