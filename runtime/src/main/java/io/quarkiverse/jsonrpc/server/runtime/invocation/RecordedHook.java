package io.quarkiverse.jsonrpc.server.runtime.invocation;

import java.util.List;

import jakarta.enterprise.invoke.Invoker;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.MethodDescription;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * An {@code @OnJsonRpcOpen} or {@code @OnJsonRpcClose} method as the build found it.
 *
 * @param open whether it runs on open (else on close)
 * @param endpoint the path of its bean's {@code @JsonRpcEndpoint}, whose connections alone it runs for; {@code null}
 *        to run for the connections of every endpoint
 * @param declaringClass the bean class
 * @param methodClass the class that declares the method, the bean's or a superclass: where Quarkus security keys the
 *        check of its annotations
 * @param javaMethod the Java method name
 * @param params its parameters, all context parameters
 * @param executionModel the thread it runs on
 * @param resultKind {@code VOID}, {@code UNI} or {@code COMPLETION_STAGE}
 * @param invoker the generated invoker that calls it on its bean
 */
public record RecordedHook(boolean open, String endpoint, String declaringClass, String methodClass, String javaMethod,
        List<RecordedMethod.Param> params,
        ExecutionModel executionModel, ResultKind resultKind, RuntimeValue<Invoker<Object, Object>> invoker) {

    /** The hook as Quarkus security names a method, to find the check it made of the hook's annotations. */
    public MethodDescription securityDescription() {
        return new MethodDescription(methodClass, javaMethod,
                params.stream().map(RecordedHook::typeName).toArray(String[]::new));
    }

    private static String typeName(RecordedMethod.Param param) {
        return switch (param.kind()) {
            case CONTEXT -> JsonRpcContext.class.getName();
            case SECURITY_IDENTITY -> SecurityIdentity.class.getName();
            case WEB_SOCKET_CONNECTION -> WebSocketConnection.class.getName();
            default -> throw new IllegalStateException("Lifecycle hooks take context parameters only: " + param.kind());
        };
    }
}
