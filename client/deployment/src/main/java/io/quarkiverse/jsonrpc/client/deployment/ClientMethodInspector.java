package io.quarkiverse.jsonrpc.client.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.client.runtime.CallKind;
import io.quarkiverse.jsonrpc.client.runtime.CallSpec;
import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkiverse.jsonrpc.common.deployment.JacksonTypes;
import io.quarkiverse.jsonrpc.common.deployment.JsonRpcNamespaces;
import io.quarkiverse.jsonrpc.common.deployment.JsonRpcTimeouts;
import io.quarkiverse.jsonrpc.common.deployment.KotlinLibraries;
import io.quarkiverse.jsonrpc.common.deployment.KotlinResults;
import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkiverse.jsonrpc.common.deployment.ParamNames;
import io.quarkiverse.jsonrpc.common.deployment.PropertyOnlyAnnotations;
import io.quarkiverse.jsonrpc.common.deployment.TypeBindings;
import io.quarkiverse.jsonrpc.common.deployment.TypeNames;
import io.quarkus.arc.processor.KotlinDotNames;
import io.quarkus.arc.processor.KotlinUtils;

/**
 * Reads one abstract method of a client interface from Jandex: how it is called and what it reads back, or the
 * problems that make it unusable, each a sentence naming {@code Interface#method(params)} and saying what to do.
 */
final class ClientMethodInspector {

    /** The types of the parameters a server method is given by the server, not by the call's params. */
    private static final Set<String> SERVER_CONTEXT_PARAMS = Set.of("io.quarkiverse.jsonrpc.server.JsonRpcContext",
            "io.quarkus.security.identity.SecurityIdentity", "io.quarkus.websockets.next.WebSocketConnection");

    /** The methods every client implements through {@code JsonRpcClientControl}. */
    private static final Set<String> CONTROL_METHODS = Set.of("configKey", "serverUrl", "newBatch", "close");

    /**
     * The call, or {@code null} with the problems.
     *
     * @param serialized the types Jackson writes and reads for the call: its params, its result or the items of its
     *        {@code Multi}, the params of the notifications it receives
     */
    record Inspection(CallSpec spec, List<Type> serialized, List<String> problems) {

        Inspection(List<String> problems) {
            this(null, List.of(), problems);
        }
    }

    private ClientMethodInspector() {
    }

    /**
     * @param method the method to implement: what it returns is what the call reads
     * @param declaration the method whose annotations, names and namespace say what it calls: {@code method} itself,
     *        or the one it redeclares without them
     * @param index where the interfaces between {@code clientInterface} and the method's are found, to read a
     *        {@code T} of a generic interface as what the client interface binds it to
     */
    static Inspection inspect(MethodInfo method, MethodInfo declaration, ClassInfo clientInterface, IndexView index) {
        String where = MethodSignatures.describe(method);
        TypeBindings bindings = TypeBindings.of(clientInterface, method.declaringClass(), index);
        List<String> problems = new ArrayList<>();
        AnnotationInstance jsonRpc = declaration.declaredAnnotation(ClientDotNames.JSON_RPC);
        AnnotationInstance receiver = declaration.declaredAnnotation(ClientDotNames.ON_JSON_RPC_NOTIFICATION);
        if (method.parametersCount() == 0 && CONTROL_METHODS.contains(method.name())) {
            problems.add("Method " + where + " of a JSON-RPC client interface has the name of a method of"
                    + " JsonRpcClientControl, which every client implements: rename it and give the JSON-RPC name with"
                    + " @JsonRpc(\"" + method.name() + "\")");
            return new Inspection(problems);
        }
        if (jsonRpc == null && receiver == null && declaration.hasDeclaredAnnotation(ClientDotNames.JSON_RPC_NOTIFICATION)) {
            problems.add("Method " + where + " of a JSON-RPC client interface has @JsonRpcNotification without"
                    + " @JsonRpc: @JsonRpcNotification marks"
                    + " a @JsonRpc method as one that gets no answer, add @JsonRpc");
            return new Inspection(problems);
        }
        if (jsonRpc == null && receiver == null) {
            problems.add("Method " + where + " of a JSON-RPC client interface has neither @JsonRpc nor"
                    + " @OnJsonRpcNotification: annotate it, or give it a default implementation");
            return new Inspection(problems);
        }
        if (jsonRpc != null && receiver != null) {
            problems.add("Method " + where + " of a JSON-RPC client interface has both @JsonRpc and"
                    + " @OnJsonRpcNotification: a client method either"
                    + " calls the server or receives its notifications, keep one");
            return new Inspection(problems);
        }
        // what a suspend function returns is its continuation's type argument: it is compiled to return Object
        Type returnType = bindings.resolve(KotlinUtils.isKotlinSuspendMethod(method)
                ? KotlinResults.suspendResult(method)
                : method.returnType());
        if (receiver != null) {
            return receiver(method, returnType, receiver, where, problems);
        }
        return call(method, declaration, returnType, bindings, clientInterface, index, jsonRpc, where, problems);
    }

    private static Inspection receiver(MethodInfo method, Type returnType, AnnotationInstance receiver, String where,
            List<String> problems) {
        if (method.parametersCount() > 0 || !returnType.name().equals(ClientDotNames.MULTI)
                || returnType.kind() != Type.Kind.PARAMETERIZED_TYPE) {
            problems.add("@OnJsonRpcNotification method " + where + " of a client interface must take no parameter"
                    + " and return Multi<T>, T being what the notification's params are read into");
            return new Inspection(problems);
        }
        Type item = argument(returnType);
        checkReadable(returnType, item, "@OnJsonRpcNotification method " + where, "the notification's params",
                problems);
        if (!problems.isEmpty()) {
            return new Inspection(problems);
        }
        return new Inspection(new CallSpec(where, receiver.value().asString(), CallKind.SERVER_NOTIFICATIONS,
                List.of(), false, JacksonTypes.canonical(item), null, 0, false), List.of(item), problems);
    }

    private static Inspection call(MethodInfo method, MethodInfo declaration, Type returnType, TypeBindings bindings,
            ClassInfo clientInterface, IndexView index, AnnotationInstance jsonRpc, String where,
            List<String> problems) {
        // the declaration's, or one the client's own redeclaration adds
        boolean notification = declaration.hasDeclaredAnnotation(ClientDotNames.JSON_RPC_NOTIFICATION)
                || method.hasDeclaredAnnotation(ClientDotNames.JSON_RPC_NOTIFICATION);
        CallKind kind;
        Type result;
        // as the server's build refuses them: the server does not serve what the client would call
        int before = problems.size();
        KotlinResults.checkShape(method, KotlinUtils.isKotlinSuspendMethod(method) ? returnType : null, where,
                problems);
        if (problems.size() > before) {
            return new Inspection(problems);
        }
        if (KotlinUtils.isKotlinSuspendMethod(method)) {
            if (notification) {
                problems.add("@JsonRpcNotification method " + where + " is a suspend function, but a notification"
                        + " gets no answer to suspend for: make it a function that is not suspend, returning Unit");
                return new Inspection(problems);
            }
            String missing = KotlinLibraries.missingForSuspend();
            if (missing != null) {
                problems.add("@JsonRpc method " + where + " of client interface " + clientInterface.name()
                        + " is a Kotlin suspend function: " + missing);
                return new Inspection(problems);
            }
            kind = CallKind.SUSPEND;
            // Unit: nothing to read, the call answers Unit
            result = returnType.name().equals(KotlinDotNames.UNIT) ? null : returnType;
        } else if (returnType.kind() == Type.Kind.VOID) {
            kind = notification ? CallKind.NOTIFICATION : CallKind.BLOCKING_VOID;
            result = null;
        } else if (isAsync(returnType)) {
            if (returnType.kind() != Type.Kind.PARAMETERIZED_TYPE) {
                problems.add("@JsonRpc method " + where + " returns a raw " + returnType.name().withoutPackagePrefix()
                        + ": give the result type, as in " + returnType.name().withoutPackagePrefix() + "<Integer>");
                return new Inspection(problems);
            }
            result = argument(returnType);
            kind = kindOf(returnType, notification);
            String missing = kind == CallKind.FLOW ? KotlinLibraries.missingForFlow() : null;
            if (missing != null) {
                problems.add("@JsonRpc method " + where + " of client interface " + clientInterface.name()
                        + " returns a Kotlin Flow: " + missing);
                return new Inspection(problems);
            }
            if (result.name().equals(ClientDotNames.VOID)) {
                result = null;
            }
        } else {
            kind = CallKind.BLOCKING;
            result = returnType;
        }
        if (notification && kind != CallKind.NOTIFICATION
                && !(kind == CallKind.NOTIFICATION_UNI && result == null)) {
            problems.add("@JsonRpcNotification method " + where + " returns " + TypeNames.qualified(returnType)
                    + ", but a notification gets no answer: return void or Uni<Void>");
        }
        if (result != null) {
            checkReadable(returnType, result, "@JsonRpc method " + where, "the result", problems);
        }
        long timeout = JsonRpcTimeouts.millis(jsonRpc, "@JsonRpc method " + where, problems);
        String called = jsonRpcName(declaration, clientInterface, jsonRpc, index, problems);
        if (!problems.isEmpty()) {
            return new Inspection(problems);
        }
        int callerParams = MethodSignatures.callerParams(method);
        for (int i = 0; i < callerParams; i++) {
            String serverFilled = method.parameterType(i).name().toString();
            String unwritten = PropertyOnlyAnnotations.onWritten(i, declaration);
            if (!SERVER_CONTEXT_PARAMS.contains(serverFilled) && unwritten == null) {
                continue;
            }
            String name = ParamNames.of(declaration, i);
            String parameter = (notification ? "@JsonRpcNotification" : "@JsonRpc") + " method " + where
                    + " has parameter " + (name == null ? String.valueOf(i) : "'" + name + "'");
            if (SERVER_CONTEXT_PARAMS.contains(serverFilled)) {
                problems.add(parameter + " of type " + serverFilled + ", which a server fills in for its own method: a"
                        + " client cannot send it; declare the client's method without it (an interface the server"
                        + " implements too cannot be the client's then)");
            } else {
                problems.add(parameter + " annotated @" + unwritten + ", which a param does not use: a param is"
                        + " written as the application's ObjectMapper writes its type; remove it, and configure the"
                        + " type on the mapper (an ObjectMapperCustomizer) or send a record whose component carries it");
            }
        }
        if (!problems.isEmpty()) {
            return new Inspection(problems);
        }
        List<String> names = new ArrayList<>();
        List<Type> serialized = new ArrayList<>();
        for (int i = 0; i < callerParams; i++) {
            serialized.add(bindings.resolve(method.parameterType(i)));
        }
        if (result != null) {
            serialized.add(result);
        }
        for (int i = 0; i < callerParams; i++) {
            String name = ParamNames.of(declaration, i);
            if (name == null) {
                // without -parameters only positional params can be sent; named ones fail with a message at run time
                names.clear();
                break;
            }
            names.add(name);
        }
        String primitive = result != null && result.kind() == Type.Kind.PRIMITIVE
                ? result.asPrimitiveType().primitive().name().toLowerCase()
                : null;
        // a Kotlin result type without ?: Kotlin would take a null result for a value, and fail later
        boolean nullRefused = result != null && primitive == null && switch (kind) {
            case SUSPEND, BLOCKING -> Boolean.FALSE.equals(KotlinResults.resultNullable(method, false));
            case UNI, COMPLETION_STAGE -> Boolean.FALSE.equals(KotlinResults.resultNullable(method, true));
            default -> false;
        };
        return new Inspection(new CallSpec(where, called, kind, names,
                KotlinResults.varargs(method), result == null ? null : JacksonTypes.canonical(result), primitive,
                timeout, nullRefused), serialized, problems);
    }

    private static boolean isAsync(Type type) {
        return type.name().equals(ClientDotNames.UNI) || type.name().equals(ClientDotNames.MULTI)
                || type.name().equals(ClientDotNames.FLOW)
                || type.name().equals(ClientDotNames.COMPLETION_STAGE)
                || type.name().equals(ClientDotNames.COMPLETABLE_FUTURE);
    }

    private static CallKind kindOf(Type returnType, boolean notification) {
        if (returnType.name().equals(ClientDotNames.UNI)) {
            return notification ? CallKind.NOTIFICATION_UNI : CallKind.UNI;
        }
        if (returnType.name().equals(ClientDotNames.MULTI)) {
            return CallKind.SUBSCRIPTION;
        }
        if (returnType.name().equals(ClientDotNames.FLOW)) {
            return CallKind.FLOW;
        }
        return CallKind.COMPLETION_STAGE;
    }

    private static Type argument(Type parameterized) {
        return parameterized.asParameterizedType().arguments().get(0);
    }

    /**
     * A type variable or wildcard says nothing of what to read: the client would guess.
     *
     * @param returnType what the method returns, as the message shows it
     * @param read the part of it that is read from JSON
     * @param what what is read: {@code the result}
     */
    private static void checkReadable(Type returnType, Type read, String subject, String what, List<String> problems) {
        Type unreadable = unreadable(read);
        if (unreadable != null) {
            problems.add(subject + " returns " + TypeNames.qualified(returnType)
                    + (unreadable == returnType ? ", which" : ", whose " + TypeNames.qualified(unreadable))
                    + " does not say what to read " + what + " into: use a concrete type (a class, a record,"
                    + " JsonNode...)");
        }
    }

    /** The first type variable or wildcard in the type, or {@code null}. */
    private static Type unreadable(Type type) {
        if (type.kind() == Type.Kind.TYPE_VARIABLE || type.kind() == Type.Kind.WILDCARD_TYPE) {
            return type;
        }
        if (type.kind() == Type.Kind.ARRAY) {
            // T[] is read as Object[], which the method's caller then cannot cast to the array it expects
            return unreadable(type.asArrayType().elementType());
        }
        if (type.kind() == Type.Kind.PARAMETERIZED_TYPE) {
            for (Type argument : type.asParameterizedType().arguments()) {
                Type found = unreadable(argument);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * The JSON-RPC name: {@code @JsonRpc("...")} or the Java name, after the namespace of the interface that declares
     * the method, or where that has none, of the nearest that extends it: the client interface, else the interfaces
     * it extends, nearest first. As a server serves the methods of the interfaces its class implements.
     */
    private static String jsonRpcName(MethodInfo method, ClassInfo clientInterface, AnnotationInstance jsonRpc,
            IndexView index, List<String> problems) {
        AnnotationValue value = jsonRpc.value();
        String name = value == null || value.asString().isEmpty() ? MethodSignatures.sourceName(method)
                : value.asString();
        ClassInfo declaring = method.declaringClass();
        AnnotationInstance namespace = declaring.declaredAnnotation(ClientDotNames.JSON_RPC_NAMESPACE);
        if (namespace == null) {
            namespace = clientInterface.declaredAnnotation(ClientDotNames.JSON_RPC_NAMESPACE);
        }
        if (namespace == null) {
            for (ClassInfo extending : ClassHierarchy.interfaces(clientInterface, index)) {
                if (extending.hasDeclaredAnnotation(ClientDotNames.JSON_RPC_NAMESPACE)
                        && ClassHierarchy.extendsInterface(extending, declaring.name(), index)) {
                    namespace = extending.declaredAnnotation(ClientDotNames.JSON_RPC_NAMESPACE);
                    break;
                }
            }
        }
        String namespaceProblem = namespace == null ? null : JsonRpcNamespaces.problem(namespace);
        if (namespaceProblem != null) {
            problems.add(namespaceProblem);
        }
        return JsonRpcNamespaces.qualify(namespace, name);
    }
}
