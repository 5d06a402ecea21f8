package io.quarkiverse.jsonrpc.server.deployment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.MethodParameterInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.common.deployment.CalledMethods;
import io.quarkiverse.jsonrpc.common.deployment.JacksonTypes;
import io.quarkiverse.jsonrpc.common.deployment.JsonRpcNamespaces;
import io.quarkiverse.jsonrpc.common.deployment.JsonRpcTimeouts;
import io.quarkiverse.jsonrpc.common.deployment.KotlinDefaultValues;
import io.quarkiverse.jsonrpc.common.deployment.KotlinResults;
import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkiverse.jsonrpc.common.deployment.ParamNames;
import io.quarkiverse.jsonrpc.common.deployment.PropertyOnlyAnnotations;
import io.quarkiverse.jsonrpc.common.deployment.TypeBindings;
import io.quarkiverse.jsonrpc.common.deployment.TypeNames;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.engine.RpcParam;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ExecutionModel;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedMethod;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ResultKind;
import io.quarkus.arc.processor.KotlinUtils;

/**
 * Reads one {@code @JsonRpc} method from Jandex: its JSON-RPC name, parameters, transports, execution model and
 * result; or the problems that make it unusable, each a sentence naming the method and saying what to do.
 */
final class MethodInspector {

    /** Types of values a call cannot give: a client sends JSON, not a pending result. */
    private static final Set<DotName> UNBINDABLE_PARAMS = Stream.concat(Stream.of(DotNames.UNI, DotNames.MULTI,
            DotNames.COMPLETION_STAGE, DotNames.COMPLETABLE_FUTURE, DotNames.FUTURE, DotNames.FLOW_PUBLISHER,
            DotNames.REACTIVE_STREAMS_PUBLISHER), DotNames.FLOWS.stream()).collect(Collectors.toSet());
    /** {@code OptionalInt} and its kin, and the primitive each holds, in Jackson's canonical form. */
    private static final Map<DotName, String> PRIMITIVE_OPTIONALS = Map.of(DotNames.OPTIONAL_INT, "int",
            DotNames.OPTIONAL_LONG, "long", DotNames.OPTIONAL_DOUBLE, "double");
    private static final Set<DotName> UNSUPPORTED_RESULTS = Set.of(DotNames.FUTURE, DotNames.FLOW_PUBLISHER,
            DotNames.REACTIVE_STREAMS_PUBLISHER);

    /**
     * What the inspection found: usable when {@link #problems()} is empty.
     *
     * @param paramTypes the types of the params the caller gives, the bean's bindings of its class's or interface's
     *        type variables applied
     * @param returnType what the method returns as its author wrote it: a suspend function's result, not the
     *        {@code Object} it is compiled to; the bean's bindings of type variables applied
     * @param kotlin how a Kotlin method's result is adapted
     * @param defaults the default values of a Kotlin function's params; {@code null} for a method without
     * @param summary {@code @JsonRpc(summary)}, empty for none
     * @param description {@code @JsonRpc(description)}, empty for none
     */
    record Inspection(String name, List<RecordedMethod.Param> params, List<Type> paramTypes,
            List<JsonRpcTransport> transports,
            ExecutionModel executionModel, ResultKind resultKind, Type returnType, Type resultType,
            KotlinMethods.Adaptation kotlin, KotlinDefaultValues.Found defaults, long timeoutMillis, String summary,
            String description, List<String> problems) {
    }

    private MethodInspector() {
    }

    /**
     * @param beanClass the bean the method is called on: its {@code @JsonRpcNamespace} applies, and else the one of
     *        the declaring class or interface; it binds the type variables of a generic declaring class or interface
     */
    static Inspection inspect(ServedMethods.Served served, ClassInfo beanClass, IndexView index) {
        MethodInfo method = served.declaration();
        TypeBindings bindings = TypeBindings.of(beanClass, method.declaringClass(), index);
        List<String> problems = new ArrayList<>();
        String where = MethodSignatures.describe(method);
        AnnotationInstance jsonRpc = method.declaredAnnotation(DotNames.JSON_RPC);

        CalledMethods.checkModifiers(method, "@JsonRpc method " + where, problems);
        // a bean-defining annotation made it a bean, still not the object
        String kotlinObject = BeanMethods.kotlinObject(beanClass, true);
        if (kotlinObject != null) {
            problems.add("@JsonRpc method " + where + " is served by " + beanClass.name() + ", " + kotlinObject);
        }

        String ownName = ownName(served, jsonRpc);
        AnnotationInstance namespace = namespace(served, beanClass);
        String name = JsonRpcNamespaces.qualify(namespace, ownName);
        String namespaceProblem = namespace == null ? null : JsonRpcNamespaces.problem(namespace);
        if (namespaceProblem != null) {
            problems.add(namespaceProblem);
        }
        if (name.startsWith("rpc.")) {
            // the namespace made it so, or the method's own name
            problems.add("@JsonRpc method " + where + " is named '" + name + "': names starting with 'rpc.' are"
                    + " reserved by the JSON-RPC specification, choose another with "
                    + (ownName.startsWith("rpc.") ? "@JsonRpc(\"...\")" : "@JsonRpcNamespace(\"...\")"));
        }

        KotlinMethods.Adaptation kotlin = KotlinMethods.adaptation(method);
        Type returnType = bindings.resolve(kotlin == KotlinMethods.Adaptation.SUSPEND ? KotlinMethods.suspendResult(method)
                : method.returnType());
        ResultKind resultKind = switch (kotlin) {
            case SUSPEND -> ResultKind.UNI;
            case FLOW -> ResultKind.MULTI;
            case NONE -> resultKind(returnType);
        };
        Type resultType = kotlin == KotlinMethods.Adaptation.SUSPEND ? returnType : resultType(returnType, resultKind);
        KotlinMethods.check(method, kotlin, returnType, where, beanClass.name(), problems);

        List<JsonRpcTransport> transports = transports(jsonRpc, resultKind);
        if (transports.isEmpty()) {
            problems.add("@JsonRpc method " + where + " has no transports: list at least one in"
                    + " @JsonRpc(transports = ...), or leave the attribute out for both");
        }
        if (resultKind == ResultKind.MULTI && transports.contains(JsonRpcTransport.HTTP)) {
            problems.add("@JsonRpc method " + where + " returns " + TypeNames.qualified(returnType)
                    + ", a stream, which only a WebSocket can carry: remove HTTP from its transports");
        }

        List<Type> paramTypes = new ArrayList<>();
        for (int i = 0; i < MethodSignatures.callerParams(method); i++) {
            paramTypes.add(bindings.resolve(method.parameterType(i)));
        }
        KotlinDefaultValues.Found defaults = defaultValues(method, index);
        List<RecordedMethod.Param> params = params(method, paramTypes, served.implementation(),
                defaults == null ? new BitSet() : defaults.defaulted(), where, problems);

        if (returnType.name().equals(DotNames.FUTURE)) {
            problems.add("@JsonRpc method " + where + " returns " + TypeNames.qualified(returnType)
                    + ", which cannot be sent as a result: return a value, a Uni or a CompletionStage");
        } else if (UNSUPPORTED_RESULTS.contains(returnType.name())) {
            // a publisher is a stream: the extension serves those as subscriptions, from a Multi
            problems.add("@JsonRpc method " + where + " returns " + TypeNames.qualified(returnType)
                    + ", which cannot be sent as a result: return a Multi for a stream of items (a subscription;"
                    + " Multi.createFrom().publisher(...) adapts a publisher), or a value, a Uni or a CompletionStage");
        }

        ExecutionModel executionModel = kotlin == KotlinMethods.Adaptation.SUSPEND
                ? ExecutionModels.suspendModel(served, where, problems)
                : ExecutionModels.executionModel(served, beanClass, index, resultKind, "@JsonRpc method " + where, problems);
        long timeoutMillis = JsonRpcTimeouts.millis(jsonRpc, "@JsonRpc method " + where, problems);
        return new Inspection(name, params, paramTypes, transports, executionModel, resultKind, returnType, resultType, kotlin,
                defaults, timeoutMillis, stringValue(jsonRpc, "summary"), stringValue(jsonRpc, "description"), problems);
    }

    /**
     * The Kotlin default values of a function, or, where it has none of its own, of the function it overrides: an
     * override cannot declare any and takes those, whose {@code $default} method calls it on the instance given.
     */
    private static KotlinDefaultValues.Found defaultValues(MethodInfo function, IndexView index) {
        KotlinDefaultValues.Found own = KotlinDefaultValues.of(function);
        if (own != null || !KotlinUtils.isKotlinClass(function.declaringClass())) {
            return own;
        }
        for (MethodInfo overridden : ServedMethods.overridden(function, index)) {
            KotlinDefaultValues.Found inherited = KotlinDefaultValues.of(overridden);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    private static String stringValue(AnnotationInstance annotation, String name) {
        AnnotationValue value = annotation.value(name);
        return value == null ? "" : value.asString();
    }

    /**
     * The namespace nearest the implementation applies: the bean's, else the declaring class's or interface's, else
     * that of the interface it serves (see {@link ServedMethods.Served#namespaced()}).
     */
    private static AnnotationInstance namespace(ServedMethods.Served served, ClassInfo beanClass) {
        AnnotationInstance namespace = beanClass.declaredAnnotation(DotNames.JSON_RPC_NAMESPACE);
        if (namespace == null) {
            namespace = served.declaration().declaringClass().declaredAnnotation(DotNames.JSON_RPC_NAMESPACE);
        }
        if (namespace == null && served.namespaced() != null) {
            namespace = served.namespaced().declaredAnnotation(DotNames.JSON_RPC_NAMESPACE);
        }
        return namespace;
    }

    /** {@code @JsonRpc("...")}, else the name the source gives the method: the JSON-RPC name without its namespace. */
    private static String ownName(ServedMethods.Served served, AnnotationInstance jsonRpc) {
        AnnotationValue value = jsonRpc.value();
        return value == null || value.asString().isEmpty() ? MethodSignatures.sourceName(served.declaration())
                : value.asString();
    }

    private static List<JsonRpcTransport> transports(AnnotationInstance jsonRpc, ResultKind resultKind) {
        AnnotationValue value = jsonRpc.value("transports");
        if (value == null) {
            // a stream needs a connection to flow on
            return resultKind == ResultKind.MULTI ? List.of(JsonRpcTransport.WEBSOCKET)
                    : List.of(JsonRpcTransport.WEBSOCKET, JsonRpcTransport.HTTP);
        }
        return Arrays.stream(value.asEnumArray()).distinct().sorted().map(JsonRpcTransport::valueOf).toList();
    }

    private static String firstNamed(String... names) {
        for (String name : names) {
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /**
     * @param implementation where a name comes from when the declaration has none: an interface compiled without
     *        {@code -parameters} has no names (its methods have no body, hence no debug information)
     * @param defaulted the params with a Kotlin default value
     */
    private static List<RecordedMethod.Param> params(MethodInfo method, List<Type> types, MethodInfo implementation,
            BitSet defaulted, String where, List<String> problems) {
        List<RecordedMethod.Param> params = new ArrayList<>();
        boolean varargs = KotlinResults.varargs(method);
        int count = types.size();
        for (int i = 0; i < count; i++) {
            Type type = types.get(i);
            // a @JsonProperty on the declaration or the implementation, else the Java name, where there is one
            String name = firstNamed(ParamNames.renamed(method, i), ParamNames.renamed(implementation, i),
                    method.parameterName(i), implementation.parameterName(i));
            String display = TypeNames.qualified(type);
            RpcParam.Kind contextKind = contextKind(type.name());
            if (contextKind != null) {
                params.add(new RecordedMethod.Param(name == null ? "arg" + i : name, contextKind, null, display, false));
                continue;
            }
            if (name == null) {
                problems.add("@JsonRpc method " + where + " has no name for parameter " + (i + 1) + " (" + display
                        + "): compile with -parameters (maven-compiler-plugin <parameters>true</parameters>; Kotlin:"
                        + " -java-parameters) so params can bind by name");
                continue;
            }
            if (type.kind() == Type.Kind.TYPE_VARIABLE) {
                problems.add("@JsonRpc method " + where + " has parameter '" + name + "' of type " + display
                        + ", which does not say what to read from JSON: declare it with a concrete type (a class, a"
                        + " record, JsonNode...)");
                continue;
            }
            if (UNBINDABLE_PARAMS.contains(type.name())) {
                String value = type.kind() == Type.Kind.PARAMETERIZED_TYPE
                        ? TypeNames.qualified(type.asParameterizedType().arguments().get(0))
                        : "the type of the value";
                problems.add("@JsonRpc method " + where + " has parameter '" + name + "' of type " + display
                        + ", which cannot be read from JSON: a client sends values, not pending results; declare it"
                        + " as " + value);
                continue;
            }
            String unread = PropertyOnlyAnnotations.onRead(i, method, implementation);
            if (unread != null) {
                problems.add("@JsonRpc method " + where + " has parameter '" + name + "' annotated @" + unread
                        + ", which a param does not read: a param is read as the application's ObjectMapper reads its"
                        + " type; remove it, and configure the type on the mapper (an ObjectMapperCustomizer) or take"
                        + " a record whose component carries it");
                continue;
            }
            String unnamed = unreadNaming(i, method, implementation);
            if (unnamed != null) {
                problems.add("@JsonRpc method " + where + " has parameter '" + name + "' annotated " + unnamed);
                continue;
            }
            boolean nullRefused = type.kind() != Type.Kind.PRIMITIVE
                    && (NullableAnnotations.nonNull(method, i) || NullableAnnotations.nonNull(implementation, i));
            if (defaulted.get(i)) {
                params.add(new RecordedMethod.Param(name, RpcParam.Kind.DEFAULTED, JacksonTypes.canonical(type),
                        display, nullRefused));
            } else if (type.name().equals(DotNames.OPTIONAL)) {
                Type element = type.kind() == Type.Kind.PARAMETERIZED_TYPE
                        ? type.asParameterizedType().arguments().get(0)
                        : Type.create(DotNames.OBJECT, Type.Kind.CLASS);
                params.add(new RecordedMethod.Param(name, RpcParam.Kind.OPTIONAL, JacksonTypes.canonical(element),
                        display, false));
            } else if (PRIMITIVE_OPTIONALS.containsKey(type.name())) {
                // read as its primitive, which tells the binder which of the three to make
                params.add(new RecordedMethod.Param(name, RpcParam.Kind.OPTIONAL, PRIMITIVE_OPTIONALS.get(type.name()),
                        display, false));
            } else if (varargs && i == count - 1) {
                // varargs, which may be left out (an empty array), whether or not they are said to be nullable
                params.add(new RecordedMethod.Param(name, RpcParam.Kind.VARARGS, JacksonTypes.canonical(type),
                        display, false));
            } else if (type.kind() != Type.Kind.PRIMITIVE && (nullable(method, i) || nullable(implementation, i))) {
                params.add(new RecordedMethod.Param(name, RpcParam.Kind.NULLABLE, JacksonTypes.canonical(type),
                        display, false));
            } else {
                params.add(new RecordedMethod.Param(name, RpcParam.Kind.VALUE, JacksonTypes.canonical(type), display,
                        nullRefused));
            }
        }
        Set<String> names = new HashSet<>();
        for (RecordedMethod.Param param : params) {
            if (param.kind().fromParams() && !names.add(param.name())) {
                problems.add("@JsonRpc method " + where + " has two parameters named '" + param.name()
                        + "' (a @JsonProperty renames one): named params could not tell them apart");
            }
        }
        return params;
    }

    /** Whether parameter {@code i} is declared nullable, on the parameter or on its type (see {@link NullableAnnotations}). */
    private static boolean nullable(MethodInfo method, int i) {
        if (method == null || i >= method.parametersCount()) {
            return false;
        }
        return NullableAnnotations.present(method.parameters().get(i).declaredAnnotations())
                || NullableAnnotations.present(method.parameterType(i).annotations());
    }

    static RpcParam.Kind contextKind(DotName type) {
        if (type.equals(DotNames.JSON_RPC_CONTEXT)) {
            return RpcParam.Kind.CONTEXT;
        }
        if (type.equals(DotNames.SECURITY_IDENTITY)) {
            return RpcParam.Kind.SECURITY_IDENTITY;
        }
        if (type.equals(DotNames.WEB_SOCKET_CONNECTION)) {
            return RpcParam.Kind.WEB_SOCKET_CONNECTION;
        }
        return null;
    }

    static ResultKind resultKind(Type returnType) {
        if (returnType.kind() == Type.Kind.VOID) {
            return ResultKind.VOID;
        }
        DotName name = returnType.name();
        if (name.equals(DotNames.UNI)) {
            return ResultKind.UNI;
        }
        if (name.equals(DotNames.COMPLETION_STAGE) || name.equals(DotNames.COMPLETABLE_FUTURE)) {
            return ResultKind.COMPLETION_STAGE;
        }
        if (name.equals(DotNames.MULTI)) {
            return ResultKind.MULTI;
        }
        return ResultKind.VALUE;
    }

    private static Type resultType(Type returnType, ResultKind kind) {
        if ((kind == ResultKind.UNI || kind == ResultKind.COMPLETION_STAGE || kind == ResultKind.MULTI)
                && returnType.kind() == Type.Kind.PARAMETERIZED_TYPE) {
            return returnType.asParameterizedType().arguments().get(0);
        }
        return returnType;
    }

    /**
     * What of {@code @JsonProperty} and {@code @JsonAlias} on a parameter a param does not read, with what to do: a
     * param has one name, its property's value, and is required unless it is {@code Optional} or {@code @Nullable};
     * Jackson's default value is documentation, never read. {@code null} if none.
     */
    private static String unreadNaming(int i, MethodInfo... methods) {
        for (MethodInfo method : methods) {
            MethodParameterInfo parameter = method.parameters().get(i);
            if (parameter.hasDeclaredAnnotation(DotNames.JSON_ALIAS)) {
                return "@JsonAlias, which a param does not read: a param has one name, @JsonProperty's; remove it";
            }
            AnnotationInstance property = parameter.declaredAnnotation(DotNames.JSON_PROPERTY);
            if (property == null) {
                continue;
            }
            AnnotationValue defaultValue = property.value("defaultValue");
            if (defaultValue != null && !defaultValue.asString().isEmpty()) {
                return "@JsonProperty(defaultValue = \"" + defaultValue.asString() + "\"), which a param does not"
                        + " read: declare it Optional (or @Nullable) and use its value when it is absent";
            }
            AnnotationValue required = property.value("required");
            if (required != null && !required.asBoolean()) {
                return "@JsonProperty(required = false), which a param does not read: declare it Optional (or"
                        + " @Nullable), which may be omitted";
            }
        }
        return null;
    }
}
