package io.quarkiverse.jsonrpc.server;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON-RPC methods this application serves, for listing them at run time. Inject it:
 * {@code @Inject JsonRpcMethods methods}.
 */
public interface JsonRpcMethods {

    /** Every registered method, sorted by name, those at the configured paths before those of each endpoint. */
    List<MethodInfo> all();

    /** The method registered under a JSON-RPC name at the configured paths, where methods without an endpoint are. */
    Optional<MethodInfo> find(String name);

    /**
     * The method registered under a JSON-RPC name at an endpoint.
     *
     * @param endpoint the path of a {@link JsonRpcEndpoint}, as {@link MethodInfo#endpoint()} gives it;
     *        {@code null} for the configured paths
     * @param name the JSON-RPC name
     */
    Optional<MethodInfo> find(String endpoint, String name);

    /**
     * One registered method.
     *
     * @param name the JSON-RPC name
     * @param params the parameters bound from the request's params, in declaration order (context parameters excluded)
     * @param returnType the Java return type, generic arguments included
     * @param transports the transports it can be called over
     * @param declaringClass the bean class that declares it
     * @param javaMethod the Java method name
     * @param endpoint the path of its {@link JsonRpcEndpoint}, as a route's ({@code /admin}), without
     *        {@code quarkus.http.root-path}; {@code null} for the configured paths
     */
    record MethodInfo(String name, List<ParamInfo> params, String returnType, Set<JsonRpcTransport> transports,
            String declaringClass, String javaMethod, String endpoint) {
    }

    /**
     * One parameter of a registered method.
     *
     * @param name its name in named params: its {@code @JsonProperty}, else the Java parameter name
     * @param type the Java type, generic arguments included
     * @param required whether a call must give it ({@code Optional}, nullable, varargs and Kotlin parameters with a
     *        default value may be omitted)
     */
    record ParamInfo(String name, String type, boolean required) {
    }
}
