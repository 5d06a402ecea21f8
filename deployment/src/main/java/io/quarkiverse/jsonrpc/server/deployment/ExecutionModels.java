package io.quarkiverse.jsonrpc.server.deployment;

import java.util.List;
import java.util.function.Predicate;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ExecutionModel;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ResultKind;

/**
 * The thread a method the extension calls runs on ({@code @JsonRpc} methods and lifecycle hooks alike), from
 * {@code @Blocking}, {@code @NonBlocking} and {@code @RunOnVirtualThread} on it, on the method it implements and on
 * their classes, else from what it returns, as Quarkus decides it everywhere; or the problems of conflicting ones.
 */
final class ExecutionModels {

    private ExecutionModels() {
    }

    /**
     * A lifecycle hook, a method of the bean's class or of a superclass.
     *
     * @param subject what the message names: {@code @OnJsonRpcOpen method com.acme.Lobby#opened()}
     */
    static ExecutionModel executionModel(MethodInfo method, ClassInfo beanClass, IndexView index, ResultKind resultKind,
            String subject, List<String> problems) {
        return executionModel(new ServedMethods.Served(method), beanClass, index, resultKind, subject, problems);
    }

    /**
     * The nearest annotation wins: the implementing method's, the interface method's, then that of the classes from the
     * bean's up to the implementing one (a bean's annotation applies to the methods it inherits, as its namespace and
     * its interceptor bindings do), the interface's; a method's own annotation always beats a class's.
     *
     * @param index where the bean's superclasses are found
     */
    static ExecutionModel executionModel(ServedMethods.Served served, ClassInfo beanClass, IndexView index,
            ResultKind resultKind, String subject, List<String> problems) {
        MethodInfo implementation = served.implementation();
        MethodInfo declaration = served.declaration();
        ExecutionModel declared = declaredModel(implementation::hasDeclaredAnnotation,
                implementing(implementation, declaration, subject), problems);
        if (declared == null && !declaration.equals(implementation)) {
            declared = declaredModel(declaration::hasDeclaredAnnotation, subject, problems);
        }
        if (declared == null) {
            declared = classModel(beanClass, implementation.declaringClass(), index, problems);
        }
        if (declared == null && !declaration.declaringClass().name().equals(implementation.declaringClass().name())) {
            declared = declaredModel(declaration.declaringClass(), problems);
        }
        if (declared != null) {
            return declared;
        }
        return resultKind == ResultKind.VALUE || resultKind == ResultKind.VOID ? ExecutionModel.WORKER
                : ExecutionModel.EVENT_LOOP;
    }

    /**
     * A suspend function runs on the event loop, as a coroutine on the caller's Vert.x context, as websockets-next and
     * quarkus-rest run theirs: blocking code inside it switches dispatcher ({@code withContext(Dispatchers.IO)}).
     * An execution model annotation on it would say otherwise, and is refused as websockets-next refuses it; one on
     * its class applies to the class's other methods.
     */
    static ExecutionModel suspendModel(ServedMethods.Served served, String where, List<String> problems) {
        String subject = "@JsonRpc method " + where;
        MethodInfo implementation = served.implementation();
        return threadAnnotated(implementation)
                ? suspendModel(implementation, implementing(implementation, served.declaration(), subject), problems)
                : suspendModel(served.declaration(), subject, problems);
    }

    /**
     * What a message about the implementing method's own annotations names: the method that carries them, which
     * implements the declaration with {@code @JsonRpc} where they are not the same.
     */
    private static String implementing(MethodInfo implementation, MethodInfo declaration, String subject) {
        return implementation.equals(declaration) ? subject
                : "Method " + MethodSignatures.describe(implementation) + ", which implements " + subject + ",";
    }

    /** @param subject what the message names: {@code @JsonRpc method com.acme.Greeter#greet(java.lang.String)} */
    static ExecutionModel suspendModel(MethodInfo method, String subject, List<String> problems) {
        if (threadAnnotated(method)) {
            problems.add(subject + " is a Kotlin suspend function, which runs as a coroutine on"
                    + " the event loop: remove @Blocking, @NonBlocking or @RunOnVirtualThread, and run blocking"
                    + " code inside it with withContext(Dispatchers.IO) { ... }");
        }
        return ExecutionModel.EVENT_LOOP;
    }

    private static boolean threadAnnotated(MethodInfo method) {
        return method.hasDeclaredAnnotation(DotNames.BLOCKING) || method.hasDeclaredAnnotation(DotNames.NON_BLOCKING)
                || method.hasDeclaredAnnotation(DotNames.RUN_ON_VIRTUAL_THREAD);
    }

    /** The annotation of the nearest class from the bean's up to the one that declares the implementation. */
    private static ExecutionModel classModel(ClassInfo beanClass, ClassInfo implementing, IndexView index,
            List<String> problems) {
        for (ClassInfo holder = beanClass; holder != null; holder = ClassHierarchy.superClass(holder, index)) {
            ExecutionModel declared = declaredModel(holder, problems);
            if (declared != null || holder.name().equals(implementing.name())) {
                return declared;
            }
        }
        // an interface's default method: no class of the bean's declares it
        return declaredModel(implementing, problems);
    }

    /**
     * A class's annotation is reported as the class's, once however many of its methods it applies to (the same
     * sentence is reported once).
     */
    private static ExecutionModel declaredModel(ClassInfo holder, List<String> problems) {
        return declaredModel(holder::hasDeclaredAnnotation,
                (holder.isInterface() ? "Interface " : "Class ") + holder.name(), "its methods run", problems);
    }

    private static ExecutionModel declaredModel(Predicate<DotName> annotated, String subject, List<String> problems) {
        return declaredModel(annotated, subject, "it runs", problems);
    }

    /**
     * @param subject what the message names: a method, or the class whose annotations apply to its methods
     * @param runs what runs on the thread the annotations choose: {@code it runs}, {@code its methods run}
     */
    private static ExecutionModel declaredModel(Predicate<DotName> annotated, String subject, String runs,
            List<String> problems) {
        boolean virtualThread = annotated.test(DotNames.RUN_ON_VIRTUAL_THREAD);
        boolean blocking = annotated.test(DotNames.BLOCKING);
        boolean nonBlocking = annotated.test(DotNames.NON_BLOCKING);
        if (nonBlocking && (blocking || virtualThread)) {
            problems.add(subject + " is annotated both @NonBlocking and "
                    + (blocking ? "@Blocking" : "@RunOnVirtualThread")
                    + ", which say different things about the thread " + runs + " on: keep one");
        }
        if (virtualThread) {
            return ExecutionModel.VIRTUAL_THREAD;
        }
        if (blocking) {
            return ExecutionModel.WORKER;
        }
        return nonBlocking ? ExecutionModel.EVENT_LOOP : null;
    }
}
