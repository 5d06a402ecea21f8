package io.quarkiverse.jsonrpc.server.it;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;

/**
 * Methods secured with the Quarkus security annotations, enforced on every call over both transports: anonymous
 * callers get -32001 Unauthorized, callers without the role -32003 Forbidden.
 */
public class SecuredMethods {

    @Inject
    SecurityIdentity identity;

    /** The caller's name. */
    @JsonRpc
    @Authenticated
    public String whoami() {
        return identity.getPrincipal().getName();
    }

    @JsonRpc
    @RolesAllowed("admin")
    public String secret() {
        return "42";
    }

    @JsonRpc
    @PermitAll
    public String lobby() {
        return "welcome";
    }

    @JsonRpc
    @DenyAll
    public String vault() {
        return "never";
    }

    /**
     * A subscription for admins: Quarkus security checks the stream when it is subscribed to, after the response
     * that gives its id, so a refusal comes as the subscription's error.
     */
    @JsonRpc
    @RolesAllowed("admin")
    public Multi<String> auditLog() {
        return Multi.createFrom().items("login alice", "restart");
    }

    /**
     * An audit of an account, for admins. Reading the request of a frozen account fails as a bug of the application's
     * would (its constructor's state check): a caller the method refuses is told so, not of the bug.
     */
    @JsonRpc
    @RolesAllowed("admin")
    public String audit(AuditRequest request) {
        return "audited " + request.account();
    }

    public record AuditRequest(String account) {
        public AuditRequest {
            if ("frozen".equals(account)) {
                throw new IllegalStateException("the audit of a frozen account is not written yet");
            }
        }
    }

    /** Public, but not annotated @JsonRpc: no client can call it. */
    public String internalPassword() {
        return "hunter2";
    }

    /** Admins hold the permission "reports:read" (see {@link ReportPermissions}). */
    @JsonRpc
    @PermissionsAllowed("reports:read")
    public String report() {
        return "quarterly";
    }
}
