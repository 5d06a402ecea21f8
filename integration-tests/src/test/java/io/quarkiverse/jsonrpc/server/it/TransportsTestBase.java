package io.quarkiverse.jsonrpc.server.it;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * For tests that hold over both transports: a test method takes the transport as a parameter
 * ({@code @ParameterizedTest @EnumSource(JsonRpcTransport.class)}) and sends its messages {@link #over(JsonRpcTransport)
 * over} it.
 */
abstract class TransportsTestBase {

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    private final List<Wire> wires = new ArrayList<>();

    /** A new wire: over WebSocket, a connection of its own, closed after the test. */
    Wire over(JsonRpcTransport transport) {
        Wire wire = Wire.open(transport, endpoint);
        wires.add(wire);
        return wire;
    }

    @AfterEach
    void closeWires() {
        for (Wire wire : wires) {
            wire.close();
        }
        wires.clear();
    }
}
