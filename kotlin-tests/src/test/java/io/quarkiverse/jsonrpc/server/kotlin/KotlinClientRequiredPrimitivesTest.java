package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.server.kotlin.results.Spot;
import io.quarkiverse.jsonrpc.server.kotlin.results.SpotsClient;
import io.quarkiverse.jsonrpc.server.kotlin.results.SpotsKt;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A typed client reads a Kotlin class's primitive property without {@code ?} and without a default value as required
 * in a result, as the server does in params: a result that leaves it out fails the call, where jackson-module-kotlin
 * would read 0. A property with a default value still takes it.
 */
public class KotlinClientRequiredPrimitivesTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addPackage(SpotsClient.class.getPackage()))
            // the registered client needs a URL to start; the test builds its client for the application's port
            .overrideConfigKey("quarkus.jsonrpc-client.\"spots\".url", "http://localhost:1/jsonrpc");

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void aResultWithoutARequiredPrimitiveFailsTheCall() {
        String refused = " cannot be read as " + Spot.class.getName()
                + ": Missing required creator property 'y' (index 1)";
        SpotsClient client = JsonRpcClientBuilder.newBuilder().url(endpoint.toString()).build(SpotsClient.class);
        try {
            assertThat(SpotsKt.readSpots(client, List.of(Map.of("x", 1), Map.of("x", 1, "y", 2))))
                    .containsExactly(
                            "JsonRpcTransportException: The result of " + SpotsClient.class.getName()
                                    + "#echo(java.util.Map<java.lang.String, java.lang.Integer>)" + refused,
                            "JsonRpcTransportException: The result of " + SpotsClient.class.getName()
                                    + "#echoNow(java.util.Map<java.lang.String, java.lang.Integer>)" + refused,
                            "Spot(x=1, y=2, z=9)", "Spot(x=1, y=2, z=9)");
        } finally {
            ((JsonRpcClientControl) client).close();
        }
    }
}
