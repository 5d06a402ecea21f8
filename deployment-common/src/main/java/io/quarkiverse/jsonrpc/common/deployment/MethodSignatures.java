package io.quarkiverse.jsonrpc.common.deployment;

import java.util.stream.Collectors;

import org.jboss.jandex.MethodInfo;

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
     * has a dash.
     */
    public static String sourceName(MethodInfo method) {
        int dash = method.name().indexOf('-');
        return dash > 0 ? method.name().substring(0, dash) : method.name();
    }

    /** The parameters a caller gives: a suspend function's continuation is not one of them. */
    public static int callerParams(MethodInfo method) {
        return KotlinUtils.isKotlinSuspendMethod(method) ? method.parametersCount() - 1 : method.parametersCount();
    }
}
