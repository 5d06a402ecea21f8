package io.quarkiverse.jsonrpc.server.it;

import jakarta.inject.Inject;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * A method that reads its caller without requiring one: an injected {@link SecurityIdentity} and no security
 * annotation. The identity is request-scoped, so the extension runs the method in a request context of its own, as it
 * decides at build time from the bean's injection points.
 */
public class Greetings {

    @Inject
    SecurityIdentity caller;

    @JsonRpc
    public String greet() {
        return caller.isAnonymous() ? "Hello, stranger" : "Hello, " + caller.getPrincipal().getName();
    }
}
