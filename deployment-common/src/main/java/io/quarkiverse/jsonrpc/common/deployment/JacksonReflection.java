package io.quarkiverse.jsonrpc.common.deployment;

import java.util.List;

import org.jboss.jandex.Type;

import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveHierarchyBuildItem;

/**
 * Jackson reads and writes params, results and notifications by reflection: a native executable keeps the members of
 * their types, and of the types they hold, only when they are registered. The server registers those of the methods it
 * serves, the client those of the methods it calls and the notifications it receives.
 */
public final class JacksonReflection {

    private JacksonReflection() {
    }

    /**
     * @param types what Jackson reads or writes; {@code void} and primitives, which have no members, are skipped
     * @param source the method they come from, as {@link MethodSignatures#describe} names it
     */
    public static void register(List<Type> types, String source, BuildProducer<ReflectiveHierarchyBuildItem> producer) {
        for (Type type : types) {
            if (type.kind() != Type.Kind.VOID && type.kind() != Type.Kind.PRIMITIVE) {
                producer.produce(ReflectiveHierarchyBuildItem.builder(type).source(source).build());
            }
        }
    }
}
