package io.quarkiverse.jsonrpc.server.deployment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.common.deployment.KotlinDefaultValues;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ExecutionModel;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedMethod;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ResultKind;
import io.quarkus.arc.processor.BeanInfo;
import io.quarkus.arc.processor.InvokerInfo;
import io.quarkus.builder.item.MultiBuildItem;

/**
 * A valid {@code @JsonRpc} method of a bean, with the invoker generated for it. Sorted by endpoint and name, so
 * builds are reproducible.
 */
public final class JsonRpcMethodBuildItem extends MultiBuildItem implements Comparable<JsonRpcMethodBuildItem> {

    private static final Comparator<JsonRpcMethodBuildItem> ORDER = Comparator
            .comparing((JsonRpcMethodBuildItem method) -> method.endpoint, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(method -> method.name);

    final String name;
    /** The path of its {@code @JsonRpcEndpoint}; {@code null} for the configured paths. */
    final String endpoint;
    final BeanInfo bean;
    /** The method that carries {@code @JsonRpc}, on the bean's class hierarchy or on an interface it implements. */
    final MethodInfo method;
    /** The method that runs: {@link #method} itself, or the bean's implementation of an interface method. */
    final MethodInfo implementation;
    final List<RecordedMethod.Param> params;
    /** The types of the params, as the bean binds the type variables of a generic class or interface. */
    final List<Type> paramTypes;
    final List<JsonRpcTransport> transports;
    final ExecutionModel executionModel;
    final ResultKind resultKind;
    /** What the method returns as its author wrote it: a Kotlin suspend function's result, not {@code Object}. */
    final Type returnType;
    /** The type the client receives: the return type, unwrapped from {@code Uni}/{@code CompletionStage}/{@code Multi}. */
    final Type resultType;
    final InvokerInfo invoker;
    /** How a Kotlin method's result is adapted. */
    final KotlinMethods.Adaptation kotlin;
    /** The default values of a Kotlin function's params; {@code null} for a method without. */
    final KotlinDefaultValues.Found defaults;
    /** Its own timeout; 0 for the configured default. */
    final long timeoutMillis;
    /** Whether it runs inside a request context of its own (see {@link RequestContextNeeds}). */
    final boolean activateRequestContext;
    /** Whether Hibernate Validator's interceptor checks its parameters and result. */
    final boolean validated;
    /** {@code @JsonRpc(summary)}, empty for none. */
    final String summary;
    /** {@code @JsonRpc(description)}, empty for none. */
    final String description;

    /**
     * @param inspection what {@link MethodInspector} found, without problems
     * @param activateRequestContext whether it runs inside a request context of its own
     * @param validated whether Hibernate Validator's interceptor checks it
     */
    JsonRpcMethodBuildItem(BeanInfo bean, ServedMethods.Served served, MethodInspector.Inspection inspection,
            String endpoint, InvokerInfo invoker, boolean activateRequestContext, boolean validated) {
        this.name = inspection.name();
        this.endpoint = endpoint;
        this.bean = bean;
        this.method = served.declaration();
        this.implementation = served.implementation();
        this.params = inspection.params();
        this.paramTypes = inspection.paramTypes();
        this.transports = inspection.transports();
        this.executionModel = inspection.executionModel();
        this.resultKind = inspection.resultKind();
        this.returnType = inspection.returnType();
        this.resultType = inspection.resultType();
        this.invoker = invoker;
        this.kotlin = inspection.kotlin();
        this.defaults = inspection.defaults();
        this.timeoutMillis = inspection.timeoutMillis();
        this.activateRequestContext = activateRequestContext;
        this.validated = validated;
        this.summary = inspection.summary();
        this.description = inspection.description();
    }

    public String name() {
        return name;
    }

    /** The path of its {@code @JsonRpcEndpoint}; {@code null} for the configured paths. */
    public String endpoint() {
        return endpoint;
    }

    /** The method that carries {@code @JsonRpc}: its params and result are the JSON-RPC method's. */
    public MethodInfo method() {
        return method;
    }

    /** The method that runs, where its interceptor bindings and security annotations are. */
    public MethodInfo implementation() {
        return implementation;
    }

    public BeanInfo bean() {
        return bean;
    }

    /** Every parameter, context parameters included, in declaration order. */
    public List<RecordedMethod.Param> params() {
        return params;
    }

    public List<JsonRpcTransport> transports() {
        return transports;
    }

    /**
     * The transports that serve it: those it declares that the build turns on, and for a stream the WebSocket alone,
     * which alone carries a subscription. Empty for a method no transport serves.
     */
    public List<JsonRpcTransport> servedOver(JsonRpcServerBuildTimeConfig config) {
        List<JsonRpcTransport> served = new ArrayList<>(transports.size());
        for (JsonRpcTransport transport : transports) {
            boolean on = transport == JsonRpcTransport.WEBSOCKET ? config.websocket().enabled()
                    : config.http().enabled() && resultKind != ResultKind.MULTI;
            if (on) {
                served.add(transport);
            }
        }
        return served;
    }

    public ResultKind resultKind() {
        return resultKind;
    }

    /** What the method returns as its author wrote it: a Kotlin suspend function's result, not {@code Object}. */
    public Type returnType() {
        return returnType;
    }

    public Type resultType() {
        return resultType;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    /** By endpoint, the configured paths' first, then by name. */
    @Override
    public int compareTo(JsonRpcMethodBuildItem other) {
        return ORDER.compare(this, other);
    }
}
