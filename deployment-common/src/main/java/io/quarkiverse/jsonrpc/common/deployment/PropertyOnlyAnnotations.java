package io.quarkiverse.jsonrpc.common.deployment;

import java.util.List;

import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;

/**
 * Jackson's annotations that shape a property and never a value read or written whole, as a param is: on a parameter
 * they would be silently ignored, and the param read or written in another form than the application meant. The
 * server's and the typed client's builds refuse them alike.
 */
public final class PropertyOnlyAnnotations {

    private static final List<DotName> READ = List.of(CommonDotNames.JSON_FORMAT, CommonDotNames.JSON_DESERIALIZE);
    private static final List<DotName> WRITTEN = List.of(CommonDotNames.JSON_FORMAT, CommonDotNames.JSON_SERIALIZE);

    private PropertyOnlyAnnotations() {
    }

    /** The simple name of one on parameter {@code i} of a method whose params are read; {@code null} if none. */
    public static String onRead(int i, MethodInfo... methods) {
        return find(READ, i, methods);
    }

    /** The simple name of one on parameter {@code i} of a method whose params are written; {@code null} if none. */
    public static String onWritten(int i, MethodInfo... methods) {
        return find(WRITTEN, i, methods);
    }

    private static String find(List<DotName> annotations, int i, MethodInfo... methods) {
        for (DotName annotation : annotations) {
            for (MethodInfo method : methods) {
                if (method.parameters().get(i).hasDeclaredAnnotation(annotation)) {
                    return annotation.withoutPackagePrefix();
                }
            }
        }
        return null;
    }
}
