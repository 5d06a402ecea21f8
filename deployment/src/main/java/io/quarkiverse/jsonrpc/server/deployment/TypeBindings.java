package io.quarkiverse.jsonrpc.server.deployment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.jandex.ArrayType;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.ParameterizedType;
import org.jboss.jandex.Type;
import org.jboss.jandex.TypeVariable;

/** The type arguments a generic class is used with, and the types of its members resolved with them. */
final class TypeBindings {

    private static final Type OBJECT = Type.create(DotNames.OBJECT, Type.Kind.CLASS);

    private TypeBindings() {
    }

    /** The type arguments of a generic class, by type parameter name. */
    static Map<String, Type> of(ClassInfo clazz, Type type) {
        List<TypeVariable> parameters = clazz.typeParameters();
        if (parameters.isEmpty()) {
            return Map.of();
        }
        List<Type> arguments = type.kind() == Type.Kind.PARAMETERIZED_TYPE ? type.asParameterizedType().arguments()
                : List.of();
        Map<String, Type> bindings = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            bindings.put(parameters.get(i).identifier(),
                    i < arguments.size() ? arguments.get(i) : erasure(parameters.get(i)));
        }
        return bindings;
    }

    static Type resolve(Type type, Map<String, Type> bindings) {
        return switch (type.kind()) {
            case TYPE_VARIABLE -> bindings.getOrDefault(type.asTypeVariable().identifier(),
                    erasure(type.asTypeVariable()));
            case TYPE_VARIABLE_REFERENCE -> bindings.getOrDefault(type.asTypeVariableReference().identifier(), OBJECT);
            case UNRESOLVED_TYPE_VARIABLE -> bindings.getOrDefault(type.asUnresolvedTypeVariable().identifier(),
                    OBJECT);
            case WILDCARD_TYPE -> type.asWildcardType().superBound() != null ? OBJECT
                    : resolve(type.asWildcardType().extendsBound(), bindings);
            case ARRAY -> ArrayType.create(resolve(type.asArrayType().elementType(), bindings),
                    type.asArrayType().deepDimensions());
            case PARAMETERIZED_TYPE -> {
                ParameterizedType parameterized = type.asParameterizedType();
                Type[] arguments = parameterized.arguments().stream().map(a -> resolve(a, bindings))
                        .toArray(Type[]::new);
                yield ParameterizedType.create(parameterized.name(), arguments, parameterized.owner());
            }
            default -> type;
        };
    }

    static Type erasure(TypeVariable variable) {
        // name() of a type variable is its erasure; a bound like Comparable<T> must not be followed
        return Type.create(variable.name(), Type.Kind.CLASS);
    }
}
