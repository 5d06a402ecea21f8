package io.quarkiverse.jsonrpc.server.deployment;

import java.util.Collection;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.MethodInfo;

/**
 * Whether the code declares a value may be {@code null}: an annotation named {@code Nullable}, whichever package it
 * comes from (JSpecify's, Jakarta's, JetBrains' that kotlinc writes for a {@code T?}), as Spring reads them. A
 * parameter so annotated may be omitted; a property or result so annotated may be {@code null} in its schema.
 * <p>
 * And the opposite: JetBrains' {@code NotNull}, which kotlinc writes on a parameter whose type has no {@code ?} and
 * checks as the method starts (a {@code NullPointerException} otherwise). Bean Validation's {@code @NotNull} is not it:
 * the validation of the call answers for that one.
 */
final class NullableAnnotations {

    private static final String NULLABLE = "Nullable";

    private NullableAnnotations() {
    }

    /** Whether parameter {@code i} of the method is declared non-null. */
    static boolean nonNull(MethodInfo method, int i) {
        return method != null && i < method.parametersCount()
                && method.parameters().get(i).declaredAnnotation(DotNames.JETBRAINS_NOT_NULL) != null;
    }

    /** Whether the field is declared non-null: kotlinc writes it on the backing field of a property too. */
    static boolean nonNull(FieldInfo field) {
        return field.hasDeclaredAnnotation(DotNames.JETBRAINS_NOT_NULL);
    }

    static boolean present(Collection<AnnotationInstance> annotations) {
        for (AnnotationInstance annotation : annotations) {
            if (NULLABLE.equals(annotation.name().withoutPackagePrefix())) {
                return true;
            }
        }
        return false;
    }
}
