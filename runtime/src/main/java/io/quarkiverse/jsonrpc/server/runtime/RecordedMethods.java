package io.quarkiverse.jsonrpc.server.runtime;

import java.util.List;
import java.util.Map;

import io.quarkiverse.jsonrpc.server.runtime.engine.DeclaredError;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedExceptionMapper;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedHook;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedMethod;

/**
 * What the build recorded: every {@code @JsonRpc} method, the paths of the {@code @JsonRpcEndpoint}s (an endpoint
 * may have hooks and no method), the connection lifecycle hooks, the errors exception classes declare, the exception
 * mappers, and what of the session context the application uses.
 *
 * @param sessionScoped whether the application has {@code @SessionScoped} beans, or injects the
 *        {@code WebSocketConnection} (websockets-next's session-scoped bean): each connection then has a session context
 * @param connectionInjected whether the application injects the {@code WebSocketConnection}
 * @param requiredCreatorParams the constructor parameters params must give though Jackson would fill them in (see
 *        {@link io.quarkiverse.jsonrpc.common.json.RequiredCreatorParams})
 */
public record RecordedMethods(List<RecordedMethod> methods, List<String> endpoints, List<RecordedHook> hooks,
        Map<String, DeclaredError> declaredErrors, List<RecordedExceptionMapper> exceptionMappers,
        boolean sessionScoped, boolean connectionInjected, List<String> requiredCreatorParams) {
}
