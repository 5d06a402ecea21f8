package io.quarkiverse.jsonrpc.server.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkiverse.jsonrpc.common.deployment.JacksonReflection;
import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveHierarchyBuildItem;

/** The exception classes annotated {@code @JsonRpcError}, whose errors the server answers with their code and data. */
class DeclaredErrorProcessor {

    /**
     * The server answers an exception with the {@code @JsonRpcError} of its class or of a superclass: one on an
     * interface, or on a class that is not an exception, would be silently ignored.
     */
    @BuildStep
    void checkTargets(CombinedIndexBuildItem combinedIndex, BuildProducer<ValidationErrorBuildItem> errors) {
        IndexView index = combinedIndex.getIndex();
        List<String> problems = new ArrayList<>();
        for (AnnotationInstance annotation : index.getAnnotations(DotNames.JSON_RPC_ERROR)) {
            if (annotation.target().kind() != AnnotationTarget.Kind.CLASS) {
                continue;
            }
            ClassInfo target = annotation.target().asClass();
            if (target.isInterface()) {
                List<String> exceptions = index.getAllKnownImplementors(target.name()).stream()
                        .filter(c -> isException(c, combinedIndex))
                        .map(c -> c.name().toString()).sorted().toList();
                problems.add("@JsonRpcError is on " + target.name() + ", an interface, which the server does not"
                        + " look at: it answers an exception with the @JsonRpcError of its class or of a superclass;"
                        + " put it on the exception classes that implement " + target.name().withoutPackagePrefix()
                        + (exceptions.isEmpty() ? "" : " " + exceptions) + ", or on a superclass they share");
            } else if (!isException(target, combinedIndex)) {
                problems.add("@JsonRpcError is on " + target.name() + ", which is not an exception: put it on the"
                        + " exception class a @JsonRpc method throws, whose error it declares");
            }
        }
        ValidationErrors.report(problems, errors);
    }

    /** The JDK's and the libraries' superclasses are read through the computing index. */
    private static boolean isException(ClassInfo type, CombinedIndexBuildItem index) {
        return ClassHierarchy.isSubclass(index.getComputingIndex(), type.name(), DotNames.THROWABLE);
    }

    /**
     * Jackson writes a declared error's data by reflection: where an {@code errorData()} override says the type of
     * the data, a native executable must keep its members. An {@code Object} says nothing: the application registers
     * what it returns (see the native section of the security guide).
     */
    @BuildStep
    void registerErrorData(CombinedIndexBuildItem combinedIndex,
            BuildProducer<ReflectiveHierarchyBuildItem> reflectiveHierarchy) {
        IndexView index = combinedIndex.getIndex();
        // a subclass of a declared error is answered with its code, and with its own data
        Map<DotName, ClassInfo> declared = new TreeMap<>();
        for (AnnotationInstance annotation : index.getAnnotations(DotNames.JSON_RPC_ERROR)) {
            if (annotation.target().kind() == AnnotationTarget.Kind.CLASS) {
                ClassInfo exception = annotation.target().asClass();
                declared.put(exception.name(), exception);
                index.getAllKnownSubclasses(exception.name()).forEach(c -> declared.put(c.name(), c));
            }
        }
        Set<DotName> withData = index.getAllKnownImplementors(DotNames.JSON_RPC_ERROR_DATA).stream()
                .map(ClassInfo::name).collect(Collectors.toSet());
        for (ClassInfo exception : declared.values()) {
            if (!withData.contains(exception.name())) {
                continue;
            }
            for (MethodInfo method : exception.methods()) {
                // a covariant override has a synthetic bridge returning Object beside it
                if (method.name().equals("errorData") && method.parametersCount() == 0 && !method.isSynthetic()
                        && !method.returnType().name().equals(DotNames.OBJECT)) {
                    JacksonReflection.register(List.of(method.returnType()), MethodSignatures.describe(method),
                            reflectiveHierarchy);
                }
            }
        }
    }
}
