package io.quarkiverse.jsonrpc.server.it;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.vertx.core.Vertx;

/**
 * For tests that hold over both transports: a test method takes the transport as a parameter
 * ({@code @ParameterizedTest @EnumSource(JsonRpcTransport.class)}) and sends its messages {@link #over(JsonRpcTransport)
 * over} it.
 */
abstract class TransportsTestBase {

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    /** Not injected: the same tests run against the packaged application ({@code *IT}), where nothing is. */
    static final Vertx vertx = Vertx.vertx();

    private final List<Wire> wires = new ArrayList<>();

    /** A new wire: over WebSocket, a connection of its own, closed after the test. */
    Wire over(JsonRpcTransport transport) {
        Wire wire = Wire.open(transport, vertx, endpoint);
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
