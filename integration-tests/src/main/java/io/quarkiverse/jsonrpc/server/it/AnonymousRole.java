package io.quarkiverse.jsonrpc.server.it;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * With {@code example.anonymous-role} set, callers nobody authenticated get that role, as an application gives its
 * anonymous visitors a role of their own: Quarkus augments the anonymous identity too. Unset, as it is but in the
 * tests, anonymous callers have no role.
 */
@ApplicationScoped
public class AnonymousRole implements SecurityIdentityAugmentor {

    @ConfigProperty(name = "example.anonymous-role")
    Optional<String> role;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (role.isEmpty() || !identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(role.get()).build());
    }
}
