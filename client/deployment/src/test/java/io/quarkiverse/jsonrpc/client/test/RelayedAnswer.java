package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.function.UnaryOperator;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.server.testing.TcpRelay;

/**
 * A large result, {@code repeat(TEXT, TIMES)}, called through a relay that counts the bytes coming back: what a
 * compression test compares with the result's own length.
 */
final class RelayedAnswer {

    static final String TEXT = "json-rpc ";
    static final int TIMES = 2000;
    static final String LARGE = TEXT.repeat(TIMES);

    private RelayedAnswer() {
    }

    /**
     * The bytes that came to a client of {@code builder}, at {@code scheme://} the relay in front of the application,
     * calling for the large result, which it read whole.
     */
    static long bytesOf(String scheme, int applicationPort, UnaryOperator<JsonRpcClientBuilder> builder)
            throws IOException {
        try (TcpRelay relay = new TcpRelay(() -> applicationPort)) {
            Calculator calc = builder.apply(JsonRpcClientBuilder.newBuilder()
                    .url(scheme + "://localhost:" + relay.port() + "/jsonrpc")).build(Calculator.class);
            try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
                assertThat(calc.repeat(TEXT, TIMES)).isEqualTo(LARGE);
            }
            return relay.bytesToClients();
        }
    }
}
