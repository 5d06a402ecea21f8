package io.quarkiverse.jsonrpc.server.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The websockets-next this extension is built against lets the request of an upgrade be reached. A Quarkus upgrade
 * that hides it fails here, not silently in production as connections that each keep their upgrade request.
 */
class UpgradeRequestReleaseTest {

    @Test
    void theRequestOfAnUpgradeCanBeReached() {
        assertThat(UpgradeRequestRelease.available()).isTrue();
    }
}
