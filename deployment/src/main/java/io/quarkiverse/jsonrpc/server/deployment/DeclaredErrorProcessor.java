package io.quarkiverse.jsonrpc.server.deployment;

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

import io.quarkiverse.jsonrpc.common.deployment.JacksonReflection;
import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveHierarchyBuildItem;

/** The exception classes annotated {@code @JsonRpcError}, whose errors the server answers with their code and data. */
class DeclaredErrorProcessor {

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
