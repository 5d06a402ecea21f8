package io.quarkiverse.jsonrpc.server.test;

import java.net.URI;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;

/**
 * A test client over the transport a parameterized test names. The names are strings: a {@code QuarkusUnitTest} runs
 * its test methods in the application's class loader, where an enum from the test's own would not match.
 *
 * <pre>
 * &#64;ParameterizedTest
 * &#64;ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
 * void works(String transport) {
 *     try (JsonRpcTestClient client = TransportClients.over(transport, uri)) {
 * </pre>
 */
public final class TransportClients {

    public static final String HTTP = "HTTP";
    public static final String WEBSOCKET = "WEBSOCKET";

    private TransportClients() {
    }

    public static JsonRpcTestClient over(String transport, URI endpoint) {
        return switch (transport) {
            case HTTP -> JsonRpcTestClient.http(endpoint);
            case WEBSOCKET -> JsonRpcTestClient.ws(endpoint);
            default -> throw new IllegalArgumentException("No transport " + transport);
        };
    }
}
