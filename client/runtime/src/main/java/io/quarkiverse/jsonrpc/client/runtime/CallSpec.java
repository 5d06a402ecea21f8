package io.quarkiverse.jsonrpc.client.runtime;

import java.util.List;

/**
 * One method of a client interface as the build found it.
 *
 * @param javaMethod {@code Interface#method}, for messages
 * @param name the JSON-RPC method (for {@link CallKind#SERVER_NOTIFICATIONS}, the notification's)
 * @param kind how it calls and answers
 * @param paramNames the Java parameter names, for named params; empty when compiled without {@code -parameters}
 * @param varargs whether the last parameter is varargs: positional params spread it
 * @param resultType the result (or item, or notification params) type in Jackson's canonical form; {@code null}
 *        when nothing is read
 * @param primitiveResult the primitive return type ({@code int}...), or {@code null}: a JSON {@code null} is then
 *        refused
 * @param timeoutMillis its own timeout from {@code @JsonRpc(timeout)}; 0 for the client's
 * @param nullResultRefused whether a JSON {@code null} result is refused though the type is not primitive: a Kotlin
 *        function whose result type has no {@code ?}
 */
public record CallSpec(String javaMethod, String name, CallKind kind, List<String> paramNames, boolean varargs,
        String resultType, String primitiveResult, long timeoutMillis, boolean nullResultRefused) {
}
