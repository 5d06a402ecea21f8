package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.Set;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.introspect.AnnotatedConstructor;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Constructor parameters a call must give that Jackson would otherwise fill in: the primitive properties of Kotlin
 * classes without {@code ?} and without a default value, which the build names (jackson-module-kotlin takes a
 * primitive's absent value, 0 or false, for one left out). Each is read as if it were
 * {@code @JsonProperty(required = true)}: one left out is invalid params, {@code 'point.y' is missing}, as the OpenRPC
 * document, which lists it as required, says.
 */
public final class RequiredCreatorParams extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    private final Set<String> keys;

    /** @param keys as {@link #key} writes them */
    RequiredCreatorParams(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    /** How the build names parameter {@code index} of a constructor of the class. */
    public static String key(String className, int index) {
        return className + "#" + index;
    }

    @Override
    public Boolean hasRequiredMarker(AnnotatedMember member) {
        if (member instanceof AnnotatedParameter parameter && parameter.getOwner() instanceof AnnotatedConstructor
                && keys.contains(key(parameter.getDeclaringClass().getName(), parameter.getIndex()))) {
            return Boolean.TRUE;
        }
        return null;
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }
}
