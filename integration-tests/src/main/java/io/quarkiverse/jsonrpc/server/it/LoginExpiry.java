package io.quarkiverse.jsonrpc.server.it;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Logins that expire, as a token's does with the augmentor of the security guide: websockets-next reads the time from
 * {@code quarkus.identity.expire-time} and closes the login's connections then. With {@code example.logins-expire-at}
 * set (seconds since the epoch), every login expires at that time; with {@code example.logins-last} (a duration),
 * each that long after it was made, to the next second. Unset, as they are but in the tests, HTTP Basic logins do not
 * expire.
 */
@ApplicationScoped
public class LoginExpiry implements SecurityIdentityAugmentor {

    private static final String EXPIRE_TIME = "quarkus.identity.expire-time";

    @ConfigProperty(name = "example.logins-expire-at")
    Optional<Long> expireAt;

    @ConfigProperty(name = "example.logins-last")
    Optional<Duration> lasts;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || expireAt.isEmpty() && lasts.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        long at = expireAt.orElseGet(() -> {
            Instant end = Instant.now().plus(lasts.get());
            return end.getNano() == 0 ? end.getEpochSecond() : end.getEpochSecond() + 1;
        });
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addAttribute(EXPIRE_TIME, at).build());
    }
}
