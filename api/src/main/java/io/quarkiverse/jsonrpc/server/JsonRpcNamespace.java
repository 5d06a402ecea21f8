package io.quarkiverse.jsonrpc.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Prefixes the JSON-RPC name of every {@link JsonRpc} method of the annotated class with {@code value + "."}:
 * {@code @JsonRpcNamespace("calc")} turns {@code add} into {@code calc.add}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JsonRpcNamespace {

    /** The namespace, without the trailing dot. */
    String value();
}
