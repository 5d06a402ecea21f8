package io.quarkiverse.jsonrpc.server.deployment;

import java.util.List;

import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;
import org.jboss.jandex.VoidType;

import io.quarkiverse.jsonrpc.common.deployment.KotlinLibraries;
import io.quarkiverse.jsonrpc.common.deployment.KotlinResults;
import io.quarkus.arc.processor.KotlinDotNames;
import io.quarkus.arc.processor.KotlinUtils;

/**
 * What Kotlin changes in a method: a {@code suspend} function has a last parameter its callers do not pass (the
 * continuation) and delivers its result later, as a method returning {@code Uni} does; a {@code Flow} is a stream, as
 * a {@code Multi} is. Both need Kotlin's coroutines library, which a Java application does not have.
 */
final class KotlinMethods {

    /** How a method's result is adapted to what the engine knows. */
    enum Adaptation {
        /** None: a Java method, or a Kotlin one whose result is a value, a {@code Uni}, a {@code Multi}... */
        NONE,
        /** A {@code suspend} function, run as a coroutine whose result is a {@code Uni}. */
        SUSPEND,
        /** A {@code Flow} ({@code StateFlow}, {@code SharedFlow}...), made a {@code Multi}. */
        FLOW
    }

    private KotlinMethods() {
    }

    static Adaptation adaptation(MethodInfo method) {
        if (KotlinUtils.isKotlinSuspendMethod(method)) {
            return Adaptation.SUSPEND;
        }
        return DotNames.FLOWS.contains(method.returnType().name()) ? Adaptation.FLOW : Adaptation.NONE;
    }

    /** Whether the application has Kotlin's coroutines library: the beans that run suspend functions need it. */
    static boolean coroutinesPresent() {
        return KotlinLibraries.coroutinesPresent();
    }

    /** What a suspend function returns (see {@link KotlinResults#suspendResult}); {@code void} for {@code Unit}. */
    static Type suspendResult(MethodInfo method) {
        Type result = KotlinResults.suspendResult(method);
        return result.name().equals(KotlinDotNames.UNIT) ? VoidType.VOID : result;
    }

    /**
     * Reports what Kotlin makes wrong in a method: an extension function, a suspend function returning a stream or a
     * future, a dependency the application lacks. The latter names the bean that serves the method: the client's build
     * says the same of an interface that a client calls too, naming the client interface.
     *
     * @param returnType what the method returns as its author wrote it: a suspend function's result
     * @param bean the class of the bean that serves the method
     */
    static void check(MethodInfo method, Adaptation adaptation, Type returnType, String where, DotName bean,
            List<String> problems) {
        KotlinResults.checkShape(method, adaptation == Adaptation.SUSPEND ? returnType : null, where, problems);
        switch (adaptation) {
            case SUSPEND -> requireSuspendLibraries("@JsonRpc method " + where + " of bean " + bean, problems);
            case FLOW -> {
                String missing = KotlinLibraries.missingForFlow();
                if (missing != null) {
                    problems.add("@JsonRpc method " + where + " of bean " + bean + " returns a Kotlin Flow: " + missing);
                }
            }
            case NONE -> {
            }
        }
    }

    /**
     * Reports what the application lacks to run a suspend function as a coroutine, if anything.
     *
     * @param subject what the message names: {@code @OnJsonRpcOpen method com.acme.Lobby#opened()}
     */
    static void requireSuspendLibraries(String subject, List<String> problems) {
        String missing = KotlinLibraries.missingForSuspend();
        if (missing != null) {
            problems.add(subject + " is a Kotlin suspend function: " + missing);
        }
    }
}
