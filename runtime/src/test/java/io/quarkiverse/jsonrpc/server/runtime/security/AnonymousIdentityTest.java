package io.quarkiverse.jsonrpc.server.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The anonymous caller of a WebSocket connection is as Quarkus security's anonymous identity is over HTTP: a principal
 * whose name is empty, so that {@code getPrincipal().getName()} does not fail over one transport only; written as
 * {@code anonymous}.
 */
class AnonymousIdentityTest {

    @Test
    void itsPrincipalHasAnEmptyName() {
        assertThat(AnonymousIdentity.INSTANCE.isAnonymous()).isTrue();
        assertThat(AnonymousIdentity.INSTANCE.getPrincipal()).isNotNull();
        assertThat(AnonymousIdentity.INSTANCE.getPrincipal().getName()).isEmpty();
    }

    /** A log line that writes the principal itself says who, where it said a lambda's class name. */
    @Test
    void itsPrincipalIsWrittenAsAnonymous() {
        assertThat(AnonymousIdentity.INSTANCE.getPrincipal()).hasToString("anonymous");
    }
}
