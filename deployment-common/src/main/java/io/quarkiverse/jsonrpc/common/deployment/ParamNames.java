package io.quarkiverse.jsonrpc.common.deployment;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.MethodInfo;

/**
 * The name a parameter has in named params: the value of its {@code @JsonProperty}, as Jackson names a property,
 * else its Java name. A client written for another server ({@code user_id} from Python, a jsonrpc4j
 * {@code @JsonRpcParam}) keeps its names; the server and the typed client name a parameter alike.
 */
public final class ParamNames {

    private ParamNames() {
    }

    /** @return {@code null} when the parameter has neither: the class was compiled without {@code -parameters} */
    public static String of(MethodInfo method, int position) {
        String renamed = renamed(method, position);
        return renamed != null ? renamed : method.parameterName(position);
    }

    /** The value of the parameter's {@code @JsonProperty}; {@code null} without one. */
    public static String renamed(MethodInfo method, int position) {
        AnnotationInstance property = method.parameters().get(position).declaredAnnotation(CommonDotNames.JSON_PROPERTY);
        AnnotationValue value = property == null ? null : property.value();
        return value == null || value.asString().isEmpty() ? null : value.asString();
    }
}
