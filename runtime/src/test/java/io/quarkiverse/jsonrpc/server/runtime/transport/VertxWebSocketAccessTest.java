package io.quarkiverse.jsonrpc.server.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The websockets-next this extension is built against lets its Vert.x WebSocket be read directly. A Quarkus upgrade
 * that hides it fails here, not silently in production as a slower transport.
 */
class VertxWebSocketAccessTest {

    @Test
    void theSocketOfAConnectionCanBeReached() {
        assertThat(VertxWebSocketAccess.available()).isTrue();
    }
}
