package io.quarkiverse.jsonrpc.common.deployment;

import org.jboss.jandex.AnnotationInstance;

/**
 * A {@code @JsonRpcNamespace} as the server and the client both read it: the namespace, a dot, the method's name. A
 * namespace that is empty, or starts or ends with a dot, would put an empty part in every name ({@code .order},
 * {@code shop..order}), which no client means to call.
 */
public final class JsonRpcNamespaces {

    private JsonRpcNamespaces() {
    }

    /** The name {@code name} has in the namespace; {@code name} itself without one. */
    public static String qualify(AnnotationInstance namespace, String name) {
        return namespace == null ? name : namespace.value().asString() + "." + name;
    }

    /**
     * The problem of the namespace, {@code null} when it has none: the same sentence for each of its methods, so that
     * it is reported once.
     */
    public static String problem(AnnotationInstance namespace) {
        String value = namespace.value().asString();
        if (!value.isEmpty() && !value.startsWith(".") && !value.endsWith(".")) {
            return null;
        }
        String trimmed = value.replaceAll("^\\.+|\\.+$", "");
        return "@JsonRpcNamespace(\"" + value + "\") of " + namespace.target().asClass().name()
                + (value.isEmpty() ? " is empty" : " starts or ends with a dot") + ", and would name its methods '"
                + qualify(namespace, "<name>") + "': "
                + (trimmed.isEmpty() ? "give the namespace, as in @JsonRpcNamespace(\"shop\"), or remove the annotation"
                        : "the dot between the namespace and a name is added, write @JsonRpcNamespace(\"" + trimmed
                                + "\")");
    }
}
