package io.quarkiverse.jsonrpc.server.runtime.security;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.runtime.security.HttpCallerGate.HookCheck;
import io.quarkus.security.spi.runtime.MethodDescription;
import io.quarkus.security.spi.runtime.SecurityCheck;

/**
 * The security checks of an endpoint's {@code @OnJsonRpcOpen} methods, as Quarkus security made them from their
 * annotations ({@code @Authenticated}, {@code @RolesAllowed}, ...): a WebSocket client meets them as its connection
 * opens, an HTTP caller, who opens none, before its request is served. Without them an anonymous {@code POST} would
 * reach methods that a secured open hook keeps from anonymous WebSocket clients.
 */
public final class OpenHookSecurity {

    private static final Logger LOG = Logger.getLogger(OpenHookSecurity.class);

    private OpenHookSecurity() {
    }

    /** @param openHooks the open hooks, as Quarkus security names a method */
    public static List<HookCheck> of(List<MethodDescription> openHooks) {
        if (openHooks.isEmpty()) {
            return List.of();
        }
        MethodCallerChecks securityChecks = new MethodCallerChecks();
        List<HookCheck> checks = new ArrayList<>();
        for (MethodDescription hook : openHooks) {
            SecurityCheck check = securityChecks.checkOf(hook);
            if (check == null) {
                continue;
            }
            if (check.requiresMethodArguments()) {
                // a permission checked against the hook's arguments, which an HTTP request has not: connections only
                LOG.debugf("The security check of @OnJsonRpcOpen method %s#%s needs its arguments: it applies to"
                        + " WebSocket connections only", hook.getClassName(), hook.getMethodName());
                continue;
            }
            checks.add(new HookCheck(check, hook));
        }
        return List.copyOf(checks);
    }
}
