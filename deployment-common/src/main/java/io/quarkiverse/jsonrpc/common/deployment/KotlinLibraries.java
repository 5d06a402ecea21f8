package io.quarkiverse.jsonrpc.common.deployment;

import io.quarkus.bootstrap.classloading.QuarkusClassLoader;

/**
 * The Kotlin libraries that a {@code suspend} function or a {@code Flow} result needs at run time, which a Java
 * application does not have: where one is missing, the sentence of a build error saying what to add. The server's and
 * the client's build checks say the same.
 */
public final class KotlinLibraries {

    /** A class of each library. */
    private static final String COROUTINES = "kotlinx.coroutines.CoroutineScope";
    private static final String MUTINY_KOTLIN = "io.smallrye.mutiny.coroutines.UniKt";
    private static final String COROUTINES_JDK9 = "kotlinx.coroutines.jdk9.ReactiveFlowKt";

    private KotlinLibraries() {
    }

    /** Whether the application has Kotlin's coroutines library. */
    public static boolean coroutinesPresent() {
        return QuarkusClassLoader.isClassPresentAtRuntime(COROUTINES);
    }

    /** What to add for a {@code suspend} function to run or be awaited; {@code null} when the application has it. */
    public static String missingForSuspend() {
        return coroutinesPresent() && QuarkusClassLoader.isClassPresentAtRuntime(MUTINY_KOTLIN) ? null
                : "add the io.quarkus:quarkus-kotlin extension, which brings kotlinx-coroutines-core and mutiny-kotlin";
    }

    /** What to add for a {@code Flow} to be a reactive stream; {@code null} when the application has it. */
    public static String missingForFlow() {
        return QuarkusClassLoader.isClassPresentAtRuntime(COROUTINES_JDK9) ? null
                : "add org.jetbrains.kotlinx:kotlinx-coroutines-jdk9 (the Quarkus BOM manages its version), which makes"
                        + " a Flow a reactive stream";
    }
}
