package io.quarkiverse.jsonrpc.client.deployment;

import java.lang.annotation.RetentionPolicy;
import java.lang.constant.ClassDesc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;

import io.quarkus.gizmo2.creator.AnnotatableCreator;
import io.quarkus.gizmo2.creator.AnnotationCreator;

/**
 * The annotations of a client interface, and of its methods, that its bean carries for the interceptors of the
 * application (Fault Tolerance's {@code @Retry}, Micrometer's {@code @Timed}, its own bindings), written into the
 * generated class as they are in the interface: the extensions that find them read the bean's class.
 * <p>
 * Left out: the extension's own, the language's and Kotlin's, Jackson's, Bean Validation's (Hibernate Validator reads
 * the interface's constraints itself), security's: an interface the server implements says who may call the method
 * there, which the client, calling as its own application, must not check; and CDI's (a scope, {@code @Named}), as a
 * REST client's habit writes them on the interface: the client is a {@code @Singleton} bean with its own qualifier, and
 * a second scope on its class would fail the build.
 */
final class CopiedAnnotations {

    /** The packages whose annotations, and their subpackages', stay on the interface. */
    private static final List<String> LEFT_OUT = List.of("java.lang.", "kotlin.", "com.fasterxml.jackson.",
            "jakarta.validation.", "jakarta.annotation.security.", "io.quarkus.security.", "jakarta.enterprise.",
            "jakarta.inject.");
    /** The extension's annotations: the packages of its API alone. */
    private static final Set<String> OWN = Set.of("io.quarkiverse.jsonrpc.server", "io.quarkiverse.jsonrpc.client");

    private CopiedAnnotations() {
    }

    /** The annotations of the interface type, or of a method, that its bean's class or method carries. */
    static List<AnnotationInstance> of(AnnotationTarget target) {
        List<AnnotationInstance> copied = new ArrayList<>();
        for (AnnotationInstance annotation : target.declaredAnnotations()) {
            String name = annotation.name().toString();
            if (annotation.runtimeVisible() && !OWN.contains(annotation.name().packagePrefix())
                    && LEFT_OUT.stream().noneMatch(name::startsWith)) {
                copied.add(annotation);
            }
        }
        return copied;
    }

    static void addTo(AnnotatableCreator creator, List<AnnotationInstance> annotations) {
        for (AnnotationInstance annotation : annotations) {
            creator.addAnnotation(ClassDesc.of(annotation.name().toString()), RetentionPolicy.RUNTIME,
                    values(annotation));
        }
    }

    private static Consumer<AnnotationCreator<java.lang.annotation.Annotation>> values(AnnotationInstance annotation) {
        return creator -> {
            for (AnnotationValue value : annotation.values()) {
                add(creator, value);
            }
        };
    }

    private static void add(AnnotationCreator<java.lang.annotation.Annotation> creator, AnnotationValue value) {
        String name = value.name();
        switch (value.kind()) {
            case BOOLEAN -> creator.add(name, value.asBoolean());
            case BYTE -> creator.add(name, value.asByte());
            case CHARACTER -> creator.add(name, value.asChar());
            case SHORT -> creator.add(name, value.asShort());
            case INTEGER -> creator.add(name, value.asInt());
            case LONG -> creator.add(name, value.asLong());
            case FLOAT -> creator.add(name, value.asFloat());
            case DOUBLE -> creator.add(name, value.asDouble());
            case STRING -> creator.add(name, value.asString());
            case CLASS -> creator.add(name, ClientImplementationGenerator.erasure(value.asClass()));
            case ENUM -> creator.add(name, ClassDesc.of(value.asEnumType().toString()), value.asEnum());
            case NESTED -> creator.add(name, ClassDesc.of(value.asNested().name().toString()),
                    values(value.asNested()));
            case ARRAY -> addArray(creator, value);
            default -> throw new IllegalStateException("Annotation value " + value + " of an unknown kind");
        }
    }

    private static void addArray(AnnotationCreator<java.lang.annotation.Annotation> creator, AnnotationValue array) {
        String name = array.name();
        switch (array.componentKind()) {
            case BOOLEAN -> creator.addArray(name, array.asBooleanArray());
            case BYTE -> creator.addArray(name, array.asByteArray());
            case CHARACTER -> creator.addArray(name, array.asCharArray());
            case SHORT -> creator.addArray(name, array.asShortArray());
            case INTEGER -> creator.addArray(name, array.asIntArray());
            case LONG -> creator.addArray(name, array.asLongArray());
            case FLOAT -> creator.addArray(name, array.asFloatArray());
            case DOUBLE -> creator.addArray(name, array.asDoubleArray());
            case STRING -> creator.addArray(name, array.asStringArray());
            case CLASS -> creator.addArray(name, Arrays.stream(array.asClassArray())
                    .map(ClientImplementationGenerator::erasure).toArray(ClassDesc[]::new));
            case ENUM -> creator.addArray(name, ClassDesc.of(array.asEnumTypeArray()[0].toString()),
                    array.asEnumArray());
            case NESTED -> creator.addArray(name, ClassDesc.of(array.asNestedArray()[0].name().toString()),
                    Arrays.stream(array.asNestedArray()).map(CopiedAnnotations::values).toList());
            // an empty array, of no kind Jandex can tell: the class file writes no element type for one
            case UNKNOWN -> creator.addArray(name, new String[0]);
            default -> throw new IllegalStateException("Annotation value " + array + " of an unknown kind");
        }
    }
}
