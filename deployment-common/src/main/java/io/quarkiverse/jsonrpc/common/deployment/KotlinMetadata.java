package io.quarkiverse.jsonrpc.common.deployment;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;

import kotlin.metadata.Attributes;
import kotlin.metadata.ClassKind;
import kotlin.metadata.KmClass;
import kotlin.metadata.jvm.JvmMetadataUtil;
import kotlin.metadata.jvm.KotlinClassMetadata;

/**
 * What kotlinc writes of a class in its {@code @kotlin.Metadata} and nowhere else (which {@code ?} a type has, what
 * kind of declaration a class is), read by kotlin-metadata-jvm from the annotation's values as Jandex holds them.
 */
public final class KotlinMetadata {

    private KotlinMetadata() {
    }

    /** The class as its metadata declares it; {@code null} for a class of Java, or where the metadata does not tell. */
    static KmClass of(ClassInfo c) {
        AnnotationInstance annotation = c.declaredAnnotation(CommonDotNames.KOTLIN_METADATA);
        if (annotation == null) {
            return null;
        }
        KotlinClassMetadata metadata;
        try {
            metadata = KotlinClassMetadata.readLenient(JvmMetadataUtil.Metadata(integer(annotation, "k"),
                    ints(annotation, "mv"), strings(annotation, "d1"), strings(annotation, "d2"),
                    string(annotation, "xs"), string(annotation, "pn"), integer(annotation, "xi")));
        } catch (RuntimeException e) {
            // metadata of a Kotlin too new for this reader: not known
            return null;
        }
        return metadata instanceof KotlinClassMetadata.Class kotlinClass ? kotlinClass.getKmClass() : null;
    }

    /**
     * Whether the class is a Kotlin {@code object}: one instance, which kotlinc makes in the static initializer through
     * a private constructor and keeps in the static field {@code INSTANCE}.
     */
    public static boolean isObject(ClassInfo c) {
        return kind(c) == ClassKind.OBJECT;
    }

    /**
     * Whether the class is a Kotlin {@code companion object}: one instance, which the enclosing class makes in its
     * static initializer through a private constructor and keeps in a static field named as the companion.
     */
    public static boolean isCompanion(ClassInfo c) {
        return kind(c) == ClassKind.COMPANION_OBJECT;
    }

    /** Whether the class has a {@code companion object}, whose {@code @JvmStatic} functions it has static twins of. */
    public static boolean hasCompanion(ClassInfo c) {
        KmClass kotlinClass = of(c);
        return kotlinClass != null && kotlinClass.getCompanionObject() != null;
    }

    /** The kind of declaration the class is; {@code null} for a class of Java, or where the metadata does not tell. */
    public static ClassKind kind(ClassInfo c) {
        KmClass kotlinClass = of(c);
        return kotlinClass == null ? null : Attributes.getKind(kotlinClass);
    }

    private static Integer integer(AnnotationInstance annotation, String name) {
        AnnotationValue value = annotation.value(name);
        return value == null ? null : value.asInt();
    }

    private static int[] ints(AnnotationInstance annotation, String name) {
        AnnotationValue value = annotation.value(name);
        return value == null ? null : value.asIntArray();
    }

    private static String[] strings(AnnotationInstance annotation, String name) {
        AnnotationValue value = annotation.value(name);
        return value == null ? null : value.asStringArray();
    }

    private static String string(AnnotationInstance annotation, String name) {
        AnnotationValue value = annotation.value(name);
        return value == null ? null : value.asString();
    }
}
