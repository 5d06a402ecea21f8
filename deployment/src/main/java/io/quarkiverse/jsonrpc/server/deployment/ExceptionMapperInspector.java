package io.quarkiverse.jsonrpc.server.deployment;

import java.util.ArrayList;
import java.util.List;

import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.common.deployment.CalledMethods;
import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkiverse.jsonrpc.common.deployment.TypeNames;
import io.quarkus.arc.processor.KotlinUtils;

/**
 * Reads one {@code @JsonRpcExceptionMapper} method from Jandex: the exception types it maps, where its parameters
 * go, what it returns; or the problems that make it unusable, each a sentence naming the method and saying what to do.
 * Exception classes are looked up in the computing index: the JDK's and third parties' are rarely in the application's.
 */
final class ExceptionMapperInspector {

    private static final String ANNOTATION = "@JsonRpcExceptionMapper method ";

    /**
     * What the inspection found: usable when {@link #problems()} is empty.
     *
     * @param exceptionTypes the exception classes it maps
     * @param exceptionParam the position of the exception parameter
     * @param uni whether it delivers its error later: it returns a {@code Uni}, or is a Kotlin suspend function
     * @param suspend whether it is a Kotlin suspend function, run as a coroutine
     */
    record Inspection(List<DotName> exceptionTypes, int exceptionParam, boolean uni, boolean suspend,
            List<String> problems) {
    }

    private final IndexView index;

    /** @param index a computing index, which finds the JDK's classes too */
    ExceptionMapperInspector(IndexView index) {
        this.index = index;
    }

    /** @param beanClass the bean the mapper is called on */
    Inspection inspect(MethodInfo method, ClassInfo beanClass) {
        List<String> problems = new ArrayList<>();
        String where = MethodSignatures.describe(method);
        CalledMethods.checkModifiers(method, ANNOTATION + where, problems);
        // a bean-defining annotation made it a bean, still not the object
        String onObject = BeanMethods.onKotlinObject(ANNOTATION + where, beanClass);
        if (onObject != null) {
            problems.add(onObject);
        }
        boolean suspend = KotlinUtils.isKotlinSuspendMethod(method);
        // a suspend function's result is the one its continuation declares
        Type returnType = suspend ? KotlinMethods.suspendResult(method) : method.returnType();
        boolean uni = !suspend && returnType.name().equals(DotNames.UNI);
        if (!returnsError(returnType, uni)) {
            problems.add(ANNOTATION + where + " returns " + TypeNames.qualified(returnType)
                    + ": return a JsonRpcException (the error's code, message and data) or a Uni<JsonRpcException>");
        }
        if (suspend) {
            KotlinMethods.requireSuspendLibraries(ANNOTATION + where, problems);
        }
        int exceptionParam = exceptionParam(method, where, problems);
        List<DotName> types = exceptionParam < 0 ? List.of()
                : exceptionTypes(method, exceptionParam, where, problems);
        return new Inspection(types, exceptionParam, uni || suspend, suspend, problems);
    }

    private boolean returnsError(Type returnType, boolean uni) {
        if (!uni) {
            return isSubclass(returnType.name(), DotNames.JSON_RPC_EXCEPTION);
        }
        return returnType.kind() == Type.Kind.PARAMETERIZED_TYPE
                && isSubclass(returnType.asParameterizedType().arguments().get(0).name(), DotNames.JSON_RPC_EXCEPTION);
    }

    /** The position of the one exception parameter; -1 when there is none, or a parameter a mapper cannot take. */
    private int exceptionParam(MethodInfo method, String where, List<String> problems) {
        int exceptionParam = -1;
        boolean context = false;
        boolean valid = true;
        for (int i = 0; i < MethodSignatures.callerParams(method); i++) {
            Type type = method.parameterType(i);
            if (type.name().equals(DotNames.JSON_RPC_CONTEXT) && !context) {
                context = true;
            } else if (type.kind() == Type.Kind.CLASS && exceptionParam < 0
                    && isSubclass(type.name(), DotNames.THROWABLE)) {
                exceptionParam = i;
            } else {
                valid = false;
                problems.add(ANNOTATION + where + " has " + MethodSignatures.parameter(method, i) + " of type "
                        + TypeNames.qualified(type) + ": a mapper takes the exception it maps and, optionally, the"
                        + " JsonRpcContext; remove it");
            }
        }
        if (exceptionParam < 0 && valid) {
            problems.add(ANNOTATION + where + " has no exception parameter: declare the exception it maps as a"
                    + " parameter");
        }
        return valid ? exceptionParam : -1;
    }

    /** The types of {@code value()}, each one the parameter can take; else the parameter's type. */
    private List<DotName> exceptionTypes(MethodInfo method, int exceptionParam, String where, List<String> problems) {
        Type param = method.parameterType(exceptionParam);
        AnnotationValue value = method.declaredAnnotation(DotNames.JSON_RPC_EXCEPTION_MAPPER).value();
        List<DotName> types = new ArrayList<>();
        if (value == null || value.asClassArray().length == 0) {
            types.add(param.name());
        } else {
            for (Type type : value.asClassArray()) {
                if (!isSubclass(type.name(), param.name())) {
                    problems.add(ANNOTATION + where + " maps " + type.name() + ", which its "
                            + MethodSignatures.parameter(method, exceptionParam) + " of type " + param.name()
                            + " cannot take: declare the parameter as a superclass of every type it"
                            + " maps (Throwable, say)");
                }
                types.add(type.name());
            }
        }
        for (DotName type : types) {
            if (isSubclass(type, DotNames.JSON_RPC_EXCEPTION)) {
                problems.add(ANNOTATION + where + " maps " + type + ", a JsonRpcException: it is an error already"
                        + " and is never mapped; throw the error you want instead");
            }
        }
        return types;
    }

    private boolean isSubclass(DotName type, DotName superclass) {
        return ClassHierarchy.isSubclass(index, type, superclass);
    }
}
