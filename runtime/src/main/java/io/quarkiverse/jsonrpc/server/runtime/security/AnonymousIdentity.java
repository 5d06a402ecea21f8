package io.quarkiverse.jsonrpc.server.runtime.security;

import java.security.Permission;
import java.security.Principal;
import java.util.Map;
import java.util.Set;

import io.quarkus.security.credential.Credential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The identity of a caller nobody authenticated: for applications without a security extension, and for a WebSocket
 * connection whose upgrade Quarkus security found anonymous, which keeps nothing of its own for it (see
 * {@link UpgradeSecurity}). As Quarkus security's own anonymous identity, its principal's name is empty, so that a
 * method reads {@code getPrincipal().getName()} alike over HTTP and over a WebSocket.
 */
final class AnonymousIdentity implements SecurityIdentity {

    static final SecurityIdentity INSTANCE = new AnonymousIdentity();
    private static final Principal NOBODY = new Principal() {
        @Override
        public String getName() {
            return "";
        }

        /** What a log that writes the principal itself shows, where a lambda's name would be. */
        @Override
        public String toString() {
            return "anonymous";
        }
    };

    private AnonymousIdentity() {
    }

    @Override
    public Principal getPrincipal() {
        return NOBODY;
    }

    @Override
    public boolean isAnonymous() {
        return true;
    }

    @Override
    public Set<String> getRoles() {
        return Set.of();
    }

    @Override
    public boolean hasRole(String role) {
        return false;
    }

    @Override
    public Set<Permission> getPermissions() {
        return Set.of();
    }

    @Override
    public <T extends Credential> T getCredential(Class<T> type) {
        return null;
    }

    @Override
    public Set<Credential> getCredentials() {
        return Set.of();
    }

    @Override
    public <T> T getAttribute(String name) {
        return null;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return Map.of();
    }

    @Override
    public Uni<Boolean> checkPermission(Permission permission) {
        return Uni.createFrom().item(false);
    }
}
