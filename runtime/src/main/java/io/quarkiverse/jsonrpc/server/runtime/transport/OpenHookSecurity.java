package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedHook;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedMethod;
import io.quarkiverse.jsonrpc.server.runtime.security.HttpCallerGate.HookCheck;
import io.quarkiverse.jsonrpc.server.runtime.security.MethodCallerChecks;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.MethodDescription;
import io.quarkus.security.spi.runtime.SecurityCheck;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * The security checks of an endpoint's {@code @OnJsonRpcOpen} methods, as Quarkus security made them from their
 * annotations ({@code @Authenticated}, {@code @RolesAllowed}, ...): a WebSocket client meets them as its connection
 * opens, an HTTP caller, who opens none, before its request is served. Without them an anonymous {@code POST} would
 * reach methods that a secured open hook keeps from anonymous WebSocket clients.
 */
final class OpenHookSecurity {

    private static final Logger LOG = Logger.getLogger(OpenHookSecurity.class);

    private OpenHookSecurity() {
    }

    static List<HookCheck> of(List<RecordedHook> openHooks) {
        if (openHooks.isEmpty()) {
            return List.of();
        }
        MethodCallerChecks securityChecks = new MethodCallerChecks();
        List<HookCheck> checks = new ArrayList<>();
        for (RecordedHook hook : openHooks) {
            MethodDescription method = new MethodDescription(hook.declaringClass(), hook.javaMethod(),
                    hook.params().stream().map(OpenHookSecurity::typeName).toArray(String[]::new));
            SecurityCheck check = securityChecks.checkOf(method);
            if (check == null) {
                continue;
            }
            if (check.requiresMethodArguments()) {
                // a permission checked against the hook's arguments, which an HTTP request has not: connections only
                LOG.debugf("The security check of @OnJsonRpcOpen method %s#%s needs its arguments: it applies to"
                        + " WebSocket connections only", hook.declaringClass(), hook.javaMethod());
                continue;
            }
            checks.add(new HookCheck(check, method));
        }
        return List.copyOf(checks);
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
