package io.quarkiverse.jsonrpc.common.deployment;

import java.lang.reflect.Modifier;
import java.util.List;

import org.jboss.jandex.MethodInfo;

import io.quarkus.arc.processor.KotlinUtils;

/**
 * What every method the extension calls on a bean must be, whatever its annotation ({@code @JsonRpc}, an exception
 * mapper, a lifecycle hook, a notification receiver): reachable from the generated invoker, and an instance method,
 * since it is called on the bean. The server's and the client's build checks say it alike.
 */
public final class CalledMethods {

    private CalledMethods() {
    }

    /**
     * Adds a problem for each of private and static; not for static in a Kotlin {@code object}, whose problem is that
     * it is an object, which the caller reports (see {@link KotlinObjects}).
     *
     * @param subject what the message names: {@code @OnJsonRpcOpen method com.acme.Lobby#opened()}
     */
    public static void checkModifiers(MethodInfo method, String subject, List<String> problems) {
        // an interface's method is public or private, and keeps its body as a default method
        boolean ofInterface = method.declaringClass().isInterface();
        boolean kotlin = KotlinUtils.isKotlinMethod(method);
        if (Modifier.isPrivate(method.flags())) {
            // Kotlin has neither package-private nor 'default': a function without a modifier is public
            String fix = kotlin
                    ? "remove 'private', or make it 'internal' (a Kotlin function cannot be package-private)"
                    : ofInterface ? "replace 'private' with 'default'" : "make it at least package-private";
            problems.add(subject + " is private: " + fix);
        }
        // Kotlin has no 'static': kotlinc writes a @JvmStatic function of an object as a static method of the object,
        // and one of a companion object as a static twin, with its annotations, in the class; a class has no @JvmStatic
        if (Modifier.isStatic(method.flags()) && !(kotlin && KotlinMetadata.isObject(method.declaringClass()))) {
            if (kotlin && KotlinMetadata.hasCompanion(method.declaringClass())) {
                problems.add(subject + " is the static twin of a @JvmStatic function of a companion object: declare"
                        + " the function in the class itself, without @JvmStatic");
            } else {
                problems.add(subject + " is static: it is called on a bean instance, "
                        + (ofInterface ? "replace 'static' with 'default'" : "remove 'static'"));
            }
        }
    }
}
