package io.quarkiverse.jsonrpc.server.it;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * With {@code example.anonymous-role} set, callers nobody authenticated get that role, as an application gives its
 * anonymous visitors a role of their own: Quarkus augments the anonymous identity too. With
 * {@code example.anonymous-permission} ({@code reports:read}), they get that permission, without a role. Unset, as they
 * are but in the tests, anonymous callers have neither.
 */
@ApplicationScoped
public class AnonymousGrants implements SecurityIdentityAugmentor {

    @ConfigProperty(name = "example.anonymous-role")
    Optional<String> role;

    @ConfigProperty(name = "example.anonymous-permission")
    Optional<String> permission;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() || role.isEmpty() && permission.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder granted = QuarkusSecurityIdentity.builder(identity);
        role.ifPresent(granted::addRole);
        permission.ifPresent(
                name -> granted.addPermission(new StringPermission(name.substring(0, name.indexOf(':')),
                        name.substring(name.indexOf(':') + 1))));
        return Uni.createFrom().item(granted.build());
    }
}
