package io.quarkiverse.jsonrpc.common.deployment;

import java.util.List;
import java.util.stream.Collectors;

import org.jboss.jandex.ArrayType;
import org.jboss.jandex.ParameterizedType;
import org.jboss.jandex.PrimitiveType;
import org.jboss.jandex.Type;
import org.jboss.jandex.TypeVariable;
import org.jboss.jandex.WildcardType;

/**
 * Writes a Jandex type in Jackson's canonical form ({@code java.util.Map<java.lang.String,com.acme.Item>},
 * {@code int}, {@code [Lcom.acme.Item;}), which {@code TypeFactory.constructFromCanonical} reads back at run time:
 * generic parameter types survive the build without reflection over the method. The server reads params and the
 * client results with it.
 */
public final class JacksonTypes {

    private static final Type OBJECT = Type.create(CommonDotNames.OBJECT, Type.Kind.CLASS);

    private JacksonTypes() {
    }

    public static String canonical(Type type) {
        return switch (type.kind()) {
            case PRIMITIVE -> type.asPrimitiveType().primitive().name().toLowerCase();
            case CLASS -> type.name().toString();
            case ARRAY -> arrayName(type.asArrayType());
            case PARAMETERIZED_TYPE -> parameterized(type.asParameterizedType());
            case WILDCARD_TYPE -> canonical(upperBound(type.asWildcardType()));
            case TYPE_VARIABLE -> canonical(firstBound(type.asTypeVariable()));
            default -> Object.class.getName();
        };
    }

    private static String parameterized(ParameterizedType type) {
        List<Type> arguments = type.arguments();
        return type.name().toString() + arguments.stream().map(JacksonTypes::canonical)
                .collect(Collectors.joining(",", "<", ">"));
    }

    /** Arrays in the JVM's own notation, which Jackson reads with {@code Class.forName}. */
    private static String arrayName(ArrayType type) {
        Type element = type.elementType();
        String prefix = "[".repeat(type.deepDimensions());
        if (element.kind() == Type.Kind.PRIMITIVE) {
            return prefix + descriptor(element.asPrimitiveType());
        }
        return prefix + "L" + erasure(element) + ";";
    }

    private static String erasure(Type type) {
        return switch (type.kind()) {
            case TYPE_VARIABLE -> erasure(firstBound(type.asTypeVariable()));
            case WILDCARD_TYPE -> erasure(upperBound(type.asWildcardType()));
            default -> type.name().toString();
        };
    }

    private static char descriptor(PrimitiveType type) {
        return switch (type.primitive()) {
            case BOOLEAN -> 'Z';
            case BYTE -> 'B';
            case CHAR -> 'C';
            case SHORT -> 'S';
            case INT -> 'I';
            case LONG -> 'J';
            case FLOAT -> 'F';
            case DOUBLE -> 'D';
        };
    }

    private static Type upperBound(WildcardType wildcard) {
        return wildcard.superBound() != null ? OBJECT : wildcard.extendsBound();
    }

    private static Type firstBound(TypeVariable variable) {
        return variable.bounds().isEmpty() ? OBJECT : variable.bounds().get(0);
    }
}
