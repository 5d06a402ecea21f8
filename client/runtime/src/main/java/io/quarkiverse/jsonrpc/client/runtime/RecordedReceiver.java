package io.quarkiverse.jsonrpc.client.runtime;

import jakarta.enterprise.invoke.Invoker;

import io.quarkus.runtime.RuntimeValue;

/**
 * A bean method annotated {@code @OnJsonRpcNotification}.
 *
 * @param configKey the client whose connection carries the notifications
 * @param method the notification's JSON-RPC method
 * @param javaMethod {@code Bean#method}, for messages
 * @param paramType the parameter's type in Jackson's canonical form; {@code null} when it takes none
 * @param nonBlocking whether it runs on the event loop (it returns {@code Uni}); else on a worker
 * @param invoker the generated invoker that calls it on its bean
 */
public record RecordedReceiver(String configKey, String method, String javaMethod, String paramType,
        boolean nonBlocking, RuntimeValue<Invoker<Object, Object>> invoker) {
}
