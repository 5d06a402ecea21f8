package io.quarkiverse.jsonrpc.common.json;

import java.util.Set;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedConstructor;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Constructor parameters a call must give that Jackson would otherwise fill in: the primitive properties of Kotlin
 * classes without {@code ?} and without a default value, which the build names (jackson-module-kotlin takes a
 * primitive's absent value, 0 or false, for one left out). Each is read as if it were
 * {@code @JsonProperty(required = true)}: one left out is invalid params, {@code 'point.y' is missing}, as the OpenRPC
 * document, which lists it as required, says. The typed client reads the results of its calls so too: a server's
 * result without one fails the call rather than reading 0.
 */
public final class RequiredCreatorParams extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    private final Set<String> keys;

    /** @param keys as {@link #key} writes them */
    private RequiredCreatorParams(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    /**
     * Makes the mapper read the parameters as required, before what its own annotation introspector says.
     *
     * @param mapper a copy of the application's, which this changes
     * @param keys as {@link #key} writes them
     * @return the mapper
     */
    public static ObjectMapper requiring(ObjectMapper mapper, Set<String> keys) {
        if (!keys.isEmpty()) {
            // first: it says only which parameters are required, and leaves the rest to the mapper's own
            mapper.setAnnotationIntrospectors(mapper.getSerializationConfig().getAnnotationIntrospector(),
                    AnnotationIntrospector.pair(new RequiredCreatorParams(keys),
                            mapper.getDeserializationConfig().getAnnotationIntrospector()));
        }
        return mapper;
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
