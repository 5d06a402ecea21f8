package io.quarkiverse.jsonrpc.server.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The anonymous caller of a WebSocket connection is as Quarkus security's anonymous identity is over HTTP: a principal
 * whose name is empty, so that {@code getPrincipal().getName()} does not fail over one transport only.
 */
class AnonymousIdentityTest {

    @Test
    void itsPrincipalHasAnEmptyName() {
        assertThat(AnonymousIdentity.INSTANCE.isAnonymous()).isTrue();
        assertThat(AnonymousIdentity.INSTANCE.getPrincipal()).isNotNull();
        assertThat(AnonymousIdentity.INSTANCE.getPrincipal().getName()).isEmpty();
    }
}
