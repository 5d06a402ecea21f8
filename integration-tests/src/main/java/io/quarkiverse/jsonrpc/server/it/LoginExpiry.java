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
 * With {@code example.logins-expire-at} set (seconds since the epoch), every login expires then, as a token's does
 * with the augmentor of the security guide: websockets-next reads it from {@code quarkus.identity.expire-time} and
 * closes the login's connections at that time. Unset, as it is but in the tests, HTTP Basic logins do not expire.
 */
@ApplicationScoped
public class LoginExpiry implements SecurityIdentityAugmentor {

    @ConfigProperty(name = "example.logins-expire-at")
    Optional<Long> expireAt;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (expireAt.isEmpty() || identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addAttribute("quarkus.identity.expire-time", expireAt.get()).build());
    }
}
