package io.quarkiverse.jsonrpc.server.runtime.invocation;

/**
 * Calls one Kotlin function through the static {@code name$default} method kotlinc writes beside a function with
 * default values, which computes the default of each parameter whose bit is set in the mask and then calls the
 * function. Generated at build time for each {@code @JsonRpc} function with default values; Java code cannot call a
 * {@code $default} method, which is synthetic.
 */
public interface DefaultArgumentsCaller {

    /**
     * @param instance the bean instance
     * @param args the function's arguments, a suspend function's continuation last; {@code null} where omitted
     * @param mask bit {@code i} set where parameter {@code i} was omitted
     */
    Object call(Object instance, Object[] args, int mask) throws Exception;
}
