package io.quarkiverse.jsonrpc.common.deployment;

import java.util.stream.Collectors;

import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkus.arc.processor.KotlinUtils;

/**
 * A method as build messages name it, and the parameters its callers give: a Kotlin suspend function is compiled with a
 * last parameter, the continuation, which is the compiler's and not the caller's. The server's and the client's
 * messages name methods alike.
 */
public final class MethodSignatures {

    private MethodSignatures() {
    }

    /** {@code com.acme.Greeter#greet(java.lang.String)}: a suspend function without its continuation. */
    public static String describe(MethodInfo method) {
        return method.declaringClass().name() + "#" + method.name() + method.parameterTypes().stream()
                .limit(callerParams(method))
                .map(TypeNames::qualified).collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * The name the source gave the method. kotlinc appends a dash and a hash to the JVM name of a function that takes
     * or returns a value class ({@code echoId-0lNaG0I}), and a different hash to a suspend function's; no Java name
     * has a dash. To an {@code internal} function's it appends a dollar sign and the module's name
     * ({@code secret$app}, {@code echoId-0lNaG0I$app}): a Java name may have a dollar sign, so that is taken off only
     * in a class kotlinc compiled, whose source names have none.
     */
    public static String sourceName(MethodInfo method) {
        String name = method.name();
        int dollar = name.indexOf('$');
        if (dollar > 0 && KotlinUtils.isKotlinClass(method.declaringClass())) {
            name = name.substring(0, dollar);
        }
        int dash = name.indexOf('-');
        return dash > 0 ? name.substring(0, dash) : name;
    }

    /**
     * What one method overrides another by: its name and its params' erasures, the type variables of its class taken
     * as {@code bindings} bind them, so that {@code save(Book)} of a class or interface binding {@code T} to
     * {@code Book} overrides {@code save(T)}. Server and client find overrides alike.
     */
    public static String overrideKey(MethodInfo method, TypeBindings bindings) {
        StringBuilder key = new StringBuilder(method.name()).append('(');
        for (Type param : method.parameterTypes()) {
            key.append(bindings.resolve(param).name()).append(',');
        }
        return key.append(')').toString();
    }

    /**
     * A parameter as build messages name it: {@code parameter 'text'}, or, in a class compiled without
     * {@code -parameters}, {@code a parameter} (the message gives its type, and the method's signature where it is).
     */
    public static String parameter(MethodInfo method, int position) {
        String name = method.parameterName(position);
        return name == null ? "a parameter" : "parameter '" + name + "'";
    }

    /** The parameters a caller gives: a suspend function's continuation is not one of them. */
    public static int callerParams(MethodInfo method) {
        return KotlinUtils.isKotlinSuspendMethod(method) ? method.parametersCount() - 1 : method.parametersCount();
    }
}
