package io.quarkiverse.jsonrpc.server.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The websockets-next this extension is built against lets the routing context of an upgrade be reached. A Quarkus
 * upgrade that hides it fails here, not silently in production, as connections that each keep their upgrade request
 * and refusals without the authentication mechanisms' challenge.
 */
class UpgradeRoutingContextTest {

    @Test
    void theRoutingContextOfAnUpgradeCanBeReached() {
        assertThat(UpgradeRoutingContext.available()).isTrue();
    }
}
