package io.quarkiverse.jsonrpc.server.runtime.engine;

import com.fasterxml.jackson.databind.JavaType;

/**
 * One parameter of a Java method behind a JSON-RPC method, and how it gets its value.
 *
 * @param name the Java parameter name, and its name in named params
 * @param kind where the value comes from
 * @param type the type to read from JSON: for {@link Kind#OPTIONAL} the element type of an {@code Optional<T>}, or
 *        {@code int}, {@code long} or {@code double} for an {@code OptionalInt}, {@code OptionalLong} or
 *        {@code OptionalDouble}; the array type for {@link Kind#VARARGS}; unused for context kinds
 * @param nullRefused whether {@code null} is an invalid value: a primitive, or a param declared non-null
 */
public record RpcParam(String name, Kind kind, JavaType type, boolean nullRefused) {

    public RpcParam(String name, Kind kind, JavaType type) {
        this(name, kind, type, kind != Kind.OPTIONAL && type != null && type.isPrimitive());
    }

    public enum Kind {
        /** A required value from params. */
        VALUE,
        /**
         * An {@code Optional<T>}, {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble}: empty when
         * omitted or null.
         */
        OPTIONAL,
        /** A value declared nullable ({@code @Nullable}, or Kotlin's {@code T?}): null when omitted. */
        NULLABLE,
        /**
         * A Kotlin parameter with a default value: {@link RpcParam#OMITTED} when omitted, which the method's invoker
         * replaces by that value.
         */
        DEFAULTED,
        /** A trailing varargs array: the remaining positional params, or a JSON array when named. */
        VARARGS,
        /** The {@code JsonRpcContext} of the call. */
        CONTEXT,
        /** The caller's {@code SecurityIdentity}. */
        SECURITY_IDENTITY,
        /** The {@code WebSocketConnection}; null over HTTP. */
        WEB_SOCKET_CONNECTION;

        public boolean fromParams() {
            return this == VALUE || this == OPTIONAL || this == NULLABLE || this == DEFAULTED || this == VARARGS;
        }

        /** A param the call must give. */
        public boolean required() {
            return this == VALUE;
        }
    }

    /** The argument of an omitted {@link Kind#DEFAULTED} param: the method's own default value is to be used. */
    public static final Object OMITTED = new Object() {
        @Override
        public String toString() {
            return "(omitted: the default value)";
        }
    };

    public static RpcParam value(String name, JavaType type) {
        return new RpcParam(name, Kind.VALUE, type);
    }

    public static RpcParam context(String name, Kind kind) {
        return new RpcParam(name, kind, null);
    }
}
