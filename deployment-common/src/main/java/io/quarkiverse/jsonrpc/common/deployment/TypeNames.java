package io.quarkiverse.jsonrpc.common.deployment;

import java.util.stream.Collectors;

import org.jboss.jandex.Type;

/**
 * How a type is shown to people: fully qualified in build messages and in the method listing
 * ({@code java.util.List<com.acme.Point>}), by simple names in the Dev UI ({@code List<Point>}).
 */
public final class TypeNames {

    private TypeNames() {
    }

    /** As Java source writes it with qualified names: {@code java.util.List<com.acme.Point>}, {@code int[]}. */
    public static String qualified(Type type) {
        return print(type, true);
    }

    /** As a developer writes it, without packages: {@code Uni<List<Point>>}. */
    public static String simple(Type type) {
        return print(type, false);
    }

    private static String print(Type type, boolean qualified) {
        return switch (type.kind()) {
            case PRIMITIVE, CLASS, VOID -> name(type, qualified);
            // name() of a type variable is its erasure: a message would call T "java.lang.Object"
            case TYPE_VARIABLE -> type.asTypeVariable().identifier();
            case ARRAY -> print(type.asArrayType().elementType(), qualified)
                    + "[]".repeat(type.asArrayType().deepDimensions());
            case PARAMETERIZED_TYPE -> name(type, qualified) + type.asParameterizedType().arguments().stream()
                    .map(argument -> print(argument, qualified)).collect(Collectors.joining(", ", "<", ">"));
            default -> type.toString();
        };
    }

    private static String name(Type type, boolean qualified) {
        return (qualified ? type.name().toString() : type.name().withoutPackagePrefix()).replace('$', '.');
    }
}
