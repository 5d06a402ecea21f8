package io.quarkiverse.jsonrpc.server.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.jsonrpc.common.deployment.KotlinResults;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkiverse.jsonrpc.server.runtime.engine.RpcParam;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedMethod;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ResultKind;

/**
 * Writes the OpenRPC 1.3 document of the methods: for each, its params by name and in order with their schemas, its
 * result, the errors its {@code throws} clause declares, and the summary and description of its {@code @JsonRpc}.
 * A method returning {@code Multi} has the subscription id as its result and describes its items in the
 * {@code x-subscription} extension.
 */
final class OpenRpcDocumentBuilder {

    static final String OPENRPC_VERSION = "1.3.2";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final IndexView index;
    private final JsonSchemas schemas;
    private final JsonRpcServerBuildTimeConfig config;

    /** @param warnings where a type described as the server would not read it adds what to do */
    OpenRpcDocumentBuilder(IndexView index, ScalarSchemas scalars, JsonRpcServerBuildTimeConfig config,
            Set<String> warnings) {
        this.index = index;
        this.schemas = new JsonSchemas(index, scalars, warnings);
        this.config = config;
    }

    /** A document as JSON, and where in it its servers, which are run-time configuration, go: after its info. */
    record Document(String json, int serversAt) {
    }

    /** @param methods sorted by name; those no transport serves are left out */
    Document build(String title, String version, List<JsonRpcMethodBuildItem> methods) {
        ObjectNode document = JSON.objectNode().put("openrpc", OPENRPC_VERSION);
        document.putObject("info").put("title", title).put("version", version);
        // before the closing brace of the document so far: where the specification lists the servers
        int serversAt = write(document).length() - 1;
        ArrayNode described = document.putArray("methods");
        for (JsonRpcMethodBuildItem method : methods) {
            List<JsonRpcTransport> servedOver = method.servedOver(config);
            if (!servedOver.isEmpty()) {
                described.add(method(method, servedOver));
            }
        }
        ObjectNode components = document.putObject("components").putObject("schemas");
        schemas.components().forEach(components::set);
        return new Document(write(document), serversAt);
    }

    private static String write(ObjectNode document) {
        try {
            return new ObjectMapper().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the OpenRPC document", e);
        }
    }

    private ObjectNode method(JsonRpcMethodBuildItem item, List<JsonRpcTransport> servedOver) {
        MethodInfo method = item.method;
        ObjectNode described = JSON.objectNode().put("name", item.name);
        putIfNotEmpty(described, "summary", item.summary);
        putIfNotEmpty(described, "description", item.description);
        if (deprecated(method) || deprecated(item.implementation)) {
            described.put("deprecated", true);
        }

        ArrayNode params = described.putArray("params");
        // Bean Validation takes a param's constraints from every method it overrides too: an interface's, where they
        // must be when the class implements it
        List<MethodInfo> declarations = new ArrayList<>();
        declarations.add(method);
        declarations.addAll(ServedMethods.overridden(method, index));
        for (int i = 0; i < item.params.size(); i++) {
            RecordedMethod.Param param = item.params.get(i);
            if (param.kind().fromParams()) {
                ObjectNode descriptor = param(param, item.paramTypes.get(i));
                // the parameter's own constraints; those on its type came with the schema
                for (MethodInfo declaration : declarations) {
                    ConstraintSchemas.apply((ObjectNode) descriptor.get("schema"),
                            declaration.parameters().get(i).declaredAnnotations());
                }
                // null given to a param that may be omitted binds as omitted (Optional, nullable), or as null where
                // the type has a null: the schema lets it through
                if (descriptor.get("schema") instanceof ObjectNode schema && (param.kind() == RpcParam.Kind.OPTIONAL
                        || param.kind() == RpcParam.Kind.NULLABLE || (param.kind() == RpcParam.Kind.DEFAULTED
                                && NullableSchemas.nullable(item.paramTypes.get(i),
                                        method.parameters().get(i).declaredAnnotations())))) {
                    descriptor.set("schema", NullableSchemas.allowingNull(schema));
                }
                if (method.parameters().get(i).hasDeclaredAnnotation(DotNames.DEPRECATED)) {
                    descriptor.put("deprecated", true);
                }
                params.add(descriptor);
            }
        }
        // OpenRPC lists optional params after the required ones: one before a required param is given by position,
        // null for none, and so listed as required (its schema allows null)
        boolean requiredAfter = false;
        for (int i = params.size() - 1; i >= 0; i--) {
            ObjectNode descriptor = (ObjectNode) params.get(i);
            if (descriptor.get("required").asBoolean()) {
                requiredAfter = true;
            } else if (requiredAfter) {
                descriptor.put("required", true);
            }
        }
        // a client made from the document sends a varargs param's array as one param by position, which the server
        // spreads over the remaining params: by name, the array is the param's value
        if (item.params.stream().anyMatch(param -> param.kind() == RpcParam.Kind.VARARGS)) {
            described.put("paramStructure", "by-name");
        }

        if (item.resultKind == ResultKind.MULTI) {
            described.set("result", JSON.objectNode().put("name", "subscription")
                    .put("description", "The subscription id: the items follow as rpc.subscription notifications")
                    .set("schema", JSON.objectNode().put("type", "string")));
            described.set("x-subscription", JSON.objectNode().put("notification", "rpc.subscription")
                    .put("unsubscribe", "rpc.unsubscribe")
                    .set("items", schemas.schema(item.resultType)));
        } else {
            ObjectNode result = schemas.schema(item.resultType);
            // a Kotlin suspend function is compiled to return a nullable Object, whatever its result, and kotlinc
            // annotates no type argument (the T? of a Uni<T?>): the metadata says
            boolean suspend = item.kotlin == KotlinMethods.Adaptation.SUSPEND;
            boolean later = !suspend
                    && (item.resultKind == ResultKind.UNI || item.resultKind == ResultKind.COMPLETION_STAGE);
            List<AnnotationInstance> resultAnnotations = suspend ? List.of() : method.declaredAnnotations();
            if (result != null && (NullableSchemas.nullable(item.resultType, resultAnnotations)
                    || (suspend || later) && Boolean.TRUE.equals(KotlinResults.resultNullable(method, later)))) {
                result = NullableSchemas.allowingNull(result);
            }
            described.set("result", JSON.objectNode().put("name", "result").set("schema", result));
        }

        ArrayNode errors = JSON.arrayNode();
        declaredErrors(method).forEach((code, message) -> errors.addObject().put("code", code).put("message", message));
        if (!errors.isEmpty()) {
            described.set("errors", errors);
        }
        ArrayNode transports = described.putArray("x-transports");
        for (JsonRpcTransport transport : servedOver) {
            transports.add(transport.name().toLowerCase());
        }
        return described;
    }

    private ObjectNode param(RecordedMethod.Param param, Type type) {
        ObjectNode described = JSON.objectNode().put("name", param.name());
        Type schemaType = param.kind() == RpcParam.Kind.OPTIONAL && type.kind() == Type.Kind.PARAMETERIZED_TYPE
                ? type.asParameterizedType().arguments().get(0)
                : type;
        described.put("required", param.kind().required());
        if (param.kind() == RpcParam.Kind.VARARGS) {
            described.put("description", "By position, the remaining params; by name, an array");
        }
        described.set("schema", schemas.schema(schemaType));
        return described;
    }

    /**
     * The errors of the exception classes in the method's {@code throws} clause that are, or extend, a class
     * annotated {@code @JsonRpcError}; by code, in the order of the clause.
     */
    private Map<Integer, String> declaredErrors(MethodInfo method) {
        Map<Integer, String> errors = new LinkedHashMap<>();
        for (Type thrown : method.exceptions()) {
            for (ClassInfo c = index.getClassByName(thrown.name()); c != null; c = superClass(c)) {
                AnnotationInstance error = c.declaredAnnotation(DotNames.JSON_RPC_ERROR);
                if (error != null) {
                    AnnotationValue message = error.value("message");
                    // an empty message is the exception's own, known only when thrown: the class names the error
                    errors.putIfAbsent(error.value("code").asInt(), message == null || message.asString().isEmpty()
                            ? thrown.name().withoutPackagePrefix().replace('$', '.')
                            : message.asString());
                    break;
                }
            }
        }
        return errors;
    }

    /** {@code @Deprecated}, Java's or Kotlin's, on the method as declared or as implemented. */
    private static boolean deprecated(MethodInfo method) {
        return method != null && (method.hasDeclaredAnnotation(DotNames.DEPRECATED)
                || method.hasDeclaredAnnotation(DotNames.KOTLIN_DEPRECATED));
    }

    private ClassInfo superClass(ClassInfo c) {
        return c.superName() == null || c.superName().equals(DotNames.OBJECT) ? null
                : index.getClassByName(c.superName());
    }

    private static void putIfNotEmpty(ObjectNode node, String field, String value) {
        if (!value.isEmpty()) {
            node.put(field, value);
        }
    }
}
