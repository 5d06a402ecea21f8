package io.quarkiverse.jsonrpc.server;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON-RPC methods this application serves, for listing them at run time. Inject it:
 * {@code @Inject JsonRpcMethods methods}.
 */
public interface JsonRpcMethods {

    /** Every registered method, sorted by name. */
    List<MethodInfo> all();

    /** The method registered under a JSON-RPC name. */
    Optional<MethodInfo> find(String name);

    /**
     * One registered method.
     *
     * @param name the JSON-RPC name
     * @param params the parameters bound from the request's params, in declaration order (context parameters excluded)
     * @param returnType the Java return type, generic arguments included
     * @param transports the transports it can be called over
     * @param declaringClass the bean class that declares it
     * @param javaMethod the Java method name
     */
    record MethodInfo(String name, List<ParamInfo> params, String returnType, Set<JsonRpcTransport> transports,
            String declaringClass, String javaMethod) {
    }

    /**
     * One parameter of a registered method.
     *
     * @param name the Java parameter name, also its name in named params
     * @param type the Java type, generic arguments included
     * @param required whether a call must give it ({@code Optional} and varargs parameters may be omitted)
     */
    record ParamInfo(String name, String type, boolean required) {
    }
}
