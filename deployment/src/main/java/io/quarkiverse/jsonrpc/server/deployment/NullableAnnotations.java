package io.quarkiverse.jsonrpc.server.deployment;

import java.util.Collection;

import org.jboss.jandex.AnnotationInstance;

/**
 * Whether the code declares a value may be {@code null}: an annotation named {@code Nullable}, whichever package it
 * comes from (JSpecify's, Jakarta's, JetBrains' that kotlinc writes for a {@code T?}), as Spring reads them. A
 * parameter so annotated may be omitted; a property or result so annotated may be {@code null} in its schema.
 */
final class NullableAnnotations {

    private static final String NULLABLE = "Nullable";

    private NullableAnnotations() {
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
