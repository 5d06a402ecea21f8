package io.quarkiverse.jsonrpc.server.it;

import java.security.Permission;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Grants admins the permission {@code reports:read}, which {@link SecuredMethods#report()} requires. */
@ApplicationScoped
public class ReportPermissions implements SecurityIdentityAugmentor {

    private static final Permission READ_REPORTS = new StringPermission("reports", "read");

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.hasRole("admin")) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addPermission(READ_REPORTS).build());
    }
}
