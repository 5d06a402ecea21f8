package io.quarkiverse.jsonrpc.server.test.context;

import java.util.List;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;

/**
 * What a method learns from its {@link JsonRpcContext}, sent back as its result.
 *
 * @param headerValues the values of {@code X-Trace} in {@link JsonRpcContext#headers()}, whose names are in lower case
 *        over both transports, whatever the case the client sent them in
 */
public record CallDescription(String transport, String method, Object requestId, boolean notification,
        String header, List<String> headerValues, boolean connection) {

    public static CallDescription of(JsonRpcContext context) {
        List<String> values = context.headers().getOrDefault("x-trace", List.of());
        return new CallDescription(context.transport().name(), context.method(), context.requestId(),
                context.isNotification(), context.header("x-trace"), values, context.connection().isPresent());
    }
}
