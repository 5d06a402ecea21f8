package io.quarkiverse.jsonrpc.client.runtime;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;

/**
 * The Jackson type of a type the build recorded in Jackson's canonical form. Parsed alone, the canonical form gives a
 * plain parametrized type where the application's modules make a type of their own ({@code Optional<User>} becomes no
 * reference type, and its content is read as a map): the type is made again from its parts, as Jackson makes a type
 * it finds by reflection, so that the modules' type modifiers apply at every level.
 */
final class RecordedTypes {

    private RecordedTypes() {
    }

    static JavaType of(TypeFactory types, String canonical) {
        return remade(types, types.constructFromCanonical(canonical));
    }

    private static JavaType remade(TypeFactory types, JavaType type) {
        if (type.isArrayType()) {
            return types.constructArrayType(remade(types, type.getContentType()));
        }
        int count = type.containedTypeCount();
        if (count == 0) {
            return type;
        }
        JavaType[] parameters = new JavaType[count];
        for (int i = 0; i < count; i++) {
            parameters[i] = remade(types, type.containedType(i));
        }
        return types.constructParametricType(type.getRawClass(), parameters);
    }
}
