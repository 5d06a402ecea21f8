package io.quarkiverse.jsonrpc.client;

/** How a client sends a method's arguments. */
public enum ParamsStyle {
    /** As an array, in the order of the Java parameters: {@code "params": [42, 23]}. */
    POSITIONAL,
    /**
     * As an object, by the parameter names: {@code "params": {"minuend": 42, "subtrahend": 23}}, a parameter's
     * {@code @JsonProperty} where it has one, else its Java name. The interface must be compiled with
     * {@code -parameters}.
     */
    NAMED
}
