package io.quarkiverse.jsonrpc.client.deployment;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.JsonRpcClientExceptionMapper;
import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;

/**
 * The {@link JsonRpcClientExceptionMapper} of a client interface: a static method of the interface itself, taking the
 * {@code JsonRpcClientException} and returning a {@code RuntimeException}, which the generated implementation calls.
 */
final class ClientExceptionMappers {

    private ClientExceptionMappers() {
    }

    /**
     * @param index one that indexes classes on demand, the JDK's included: a mapper returns an exception of any library
     * @return the interface's mapper, or {@code null} for none or an invalid one (its problem is then added)
     */
    static MethodInfo of(ClassInfo clientInterface, IndexView index, List<String> problems) {
        List<MethodInfo> mappers = new ArrayList<>();
        for (MethodInfo method : clientInterface.methods()) {
            if (method.hasDeclaredAnnotation(ClientDotNames.JSON_RPC_CLIENT_EXCEPTION_MAPPER)) {
                mappers.add(method);
            }
        }
        if (mappers.size() > 1) {
            problems.add("JSON-RPC client interface " + clientInterface.name() + " has " + mappers.size()
                    + " @JsonRpcClientExceptionMapper methods " + mappers.stream().map(MethodSignatures::describe).toList()
                    + ": keep one, which decides for every error of the interface's calls");
            return null;
        }
        if (mappers.isEmpty()) {
            return null;
        }
        MethodInfo mapper = mappers.get(0);
        if (!Modifier.isStatic(mapper.flags()) || mapper.parametersCount() != 1
                || !mapper.parameterType(0).name().equals(ClientDotNames.JSON_RPC_CLIENT_EXCEPTION)
                || !isRuntimeException(mapper.returnType(), index)) {
            problems.add("@JsonRpcClientExceptionMapper method " + MethodSignatures.describe(mapper)
                    + " must be static, take a JsonRpcClientException alone and return a RuntimeException (null to"
                    + " leave the error as it is): static RuntimeException toException(JsonRpcClientException error)");
            return null;
        }
        return mapper;
    }

    /** Mappers where they do nothing: on a method of a type that is no client interface. */
    static void checkPlacement(IndexView index, List<String> problems) {
        for (AnnotationInstance annotation : index.getAnnotations(ClientDotNames.JSON_RPC_CLIENT_EXCEPTION_MAPPER)) {
            if (annotation.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            MethodInfo method = annotation.target().asMethod();
            if (!isClient(method.declaringClass(), index)) {
                problems.add("@JsonRpcClientExceptionMapper method " + MethodSignatures.describe(method) + " is not on"
                        + " a @RegisterJsonRpcClient interface, so no client calls it: declare it on the client"
                        + " interface whose errors it maps");
            }
        }
    }

    /**
     * A client interface, or its Kotlin companion object: kotlinc writes a {@code @JvmStatic} function of the companion
     * as a static method of the interface, the one called, and keeps the annotated original in the companion.
     */
    private static boolean isClient(ClassInfo type, IndexView index) {
        if (type.hasDeclaredAnnotation(ClientDotNames.REGISTER_JSON_RPC_CLIENT)) {
            return true;
        }
        ClassInfo enclosing = type.enclosingClass() == null ? null : index.getClassByName(type.enclosingClass());
        return type.name().local().equals("Companion") && enclosing != null
                && enclosing.hasDeclaredAnnotation(ClientDotNames.REGISTER_JSON_RPC_CLIENT);
    }

    private static boolean isRuntimeException(Type type, IndexView index) {
        return type.kind() == Type.Kind.CLASS
                && ClassHierarchy.isSubclass(index, type.name(), ClientDotNames.RUNTIME_EXCEPTION);
    }
}
