package io.quarkiverse.jsonrpc.common.deployment;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkus.arc.processor.KotlinUtils;
import kotlin.metadata.Attributes;
import kotlin.metadata.KmClass;
import kotlin.metadata.KmFunction;
import kotlin.metadata.KmType;
import kotlin.metadata.jvm.JvmExtensionsKt;
import kotlin.metadata.jvm.JvmMethodSignature;

/**
 * What a Kotlin suspend function returns, whether a Kotlin function's result may be {@code null}, whether it is an
 * extension function, whether it takes varargs. Compiled, a
 * suspend function returns {@code Object} (it may suspend): its result type is the type argument of its continuation
 * parameter. Whether a result is {@code Task} or {@code Task?} is written only in the class's Kotlin metadata (for a
 * {@code Uni<Task?>} as for a suspend function's result), which kotlin-metadata-jvm reads from the annotation's values
 * as Jandex holds them.
 */
public final class KotlinResults {

    private static final Type VOID = Type.create(CommonDotNames.VOID, Type.Kind.CLASS);
    private static final int ACC_VARARGS = 0x0080;
    /** What a suspend function must not return: it returns its one result itself, later. */
    private static final Set<DotName> STREAMS_AND_FUTURES = Stream.of("io.smallrye.mutiny.Uni",
            "io.smallrye.mutiny.Multi", "java.util.concurrent.CompletionStage",
            "java.util.concurrent.CompletableFuture", "kotlinx.coroutines.flow.Flow",
            "kotlinx.coroutines.flow.SharedFlow", "kotlinx.coroutines.flow.StateFlow",
            "kotlinx.coroutines.flow.MutableSharedFlow", "kotlinx.coroutines.flow.MutableStateFlow")
            .map(DotName::createSimple).collect(Collectors.toUnmodifiableSet());

    private KotlinResults() {
    }

    /**
     * The type a suspend function's result is read as: its continuation's type argument. kotlinc writes none for
     * {@code Nothing} and {@code Nothing?}, which no JVM type stands for: such a function returns {@code null} at most,
     * as one returning {@code Void} does.
     */
    public static Type suspendResult(MethodInfo function) {
        Type continuation = function.parameterType(function.parametersCount() - 1);
        return continuation.kind() == Type.Kind.PARAMETERIZED_TYPE ? KotlinUtils.getKotlinSuspendMethodResult(function)
                : VOID;
    }

    /**
     * Whether a Kotlin function's result may be {@code null}: that of a suspend function, or the type a function that
     * is not suspend returns, or that type's first type argument (the {@code T} of a {@code Uni<T>}).
     *
     * @param typeArgument whether the first type argument of the type the function returns is asked of
     * @return whether the type has a {@code ?}; {@code null} where the metadata does not tell
     */
    public static Boolean resultNullable(MethodInfo function, boolean typeArgument) {
        KmFunction declared = declared(function);
        if (declared == null) {
            return null;
        }
        KmType result = declared.getReturnType();
        if (typeArgument) {
            result = result.getArguments().isEmpty() ? null : result.getArguments().get(0).getType();
        }
        return result == null ? null : Attributes.isNullable(result);
    }

    /**
     * Whether the function is an extension function, declared in a class ({@code fun String.shout()}): its receiver is
     * its first parameter, to which kotlinc gives no name of the source ({@code $this$shout}).
     */
    public static boolean extension(MethodInfo function) {
        KmFunction declared = declared(function);
        return declared != null && declared.getReceiverParameterType() != null;
    }

    /**
     * What Kotlin makes wrong in a {@code @JsonRpc} method, served or called alike: an extension function, whose
     * receiver no param can name, and a suspend function returning a stream or a future.
     *
     * @param suspendResult what a suspend function returns ({@link #suspendResult}); {@code null} for another function
     */
    public static void checkShape(MethodInfo method, Type suspendResult, String where, List<String> problems) {
        if (KotlinUtils.isKotlinClass(method.declaringClass()) && extension(method)) {
            problems.add("@JsonRpc method " + where + " is a Kotlin extension function: its receiver would be a"
                    + " param named $this$" + MethodSignatures.sourceName(method) + ", a name the source does not give;"
                    + " declare the receiver as a parameter of the function instead");
        }
        if (suspendResult != null && STREAMS_AND_FUTURES.contains(suspendResult.name())) {
            problems.add("@JsonRpc method " + where + " is a suspend function returning "
                    + TypeNames.qualified(suspendResult) + ": a suspend function returns its result itself; return a"
                    + " Flow or a Multi from a function that is not suspend");
        }
    }

    /**
     * Whether a method takes varargs: marked so ({@code ACC_VARARGS}), or a Kotlin suspend function whose last
     * parameter is a {@code vararg}, which kotlinc does not mark, its continuation being the JVM method's last.
     */
    public static boolean varargs(MethodInfo method) {
        return (method.flags() & ACC_VARARGS) != 0
                || KotlinUtils.isKotlinSuspendMethod(method) && lastParameterIsVararg(method);
    }

    private static boolean lastParameterIsVararg(MethodInfo function) {
        KmFunction declared = declared(function);
        return declared != null && !declared.getValueParameters().isEmpty()
                && declared.getValueParameters().get(declared.getValueParameters().size() - 1)
                        .getVarargElementType() != null;
    }

    /** The function as the metadata of its class declares it; {@code null} where the metadata does not tell. */
    private static KmFunction declared(MethodInfo function) {
        KmClass kotlinClass = KotlinMetadata.of(function.declaringClass());
        if (kotlinClass == null) {
            return null;
        }
        for (KmFunction candidate : kotlinClass.getFunctions()) {
            JvmMethodSignature signature = JvmExtensionsKt.getSignature(candidate);
            if (signature != null && signature.getName().equals(function.name())
                    && signature.getDescriptor().equals(function.descriptor())) {
                return candidate;
            }
        }
        return null;
    }
}
