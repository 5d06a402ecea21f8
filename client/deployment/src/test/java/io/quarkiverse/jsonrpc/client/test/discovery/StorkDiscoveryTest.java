package io.quarkiverse.jsonrpc.client.test.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.test.Calculator;
import io.quarkiverse.jsonrpc.client.test.CalculatorServer;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A URL that names a service ({@code stork://calc-service/jsonrpc}): SmallRye Stork finds its instances, here from a
 * static list, and its load balancer (round robin, in the list's order) chooses one for each HTTP request and for
 * each WebSocket connection. A refused instance first in a list shows which the client asked Stork for.
 */
public class StorkDiscoveryTest {

    static final int PORT = SharedTcpRelay.port(StorkDiscoveryTest.class.getName());
    /** A port nothing listens on: a connection to it is refused. */
    static final int REFUSED = refusedPort();

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class))
            .overrideConfigKey("quarkus.stork.\"calc-service\".service-discovery.type", "static")
            .overrideConfigKey("quarkus.stork.\"calc-service\".service-discovery.address-list", "localhost:" + PORT)
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".url", "stork://calc-service/jsonrpc")
            .overrideConfigKey("quarkus.stork.\"http-pair\".service-discovery.type", "static")
            .overrideConfigKey("quarkus.stork.\"http-pair\".service-discovery.address-list",
                    "localhost:" + REFUSED + ",localhost:" + PORT)
            // a load balancer that chooses by how each instance answered: told of the refused one's failure, it keeps
            // to the server from then on
            .overrideConfigKey("quarkus.stork.\"timed-pair\".service-discovery.type", "static")
            .overrideConfigKey("quarkus.stork.\"timed-pair\".service-discovery.address-list",
                    "localhost:" + REFUSED + ",localhost:" + PORT)
            .overrideConfigKey("quarkus.stork.\"timed-pair\".load-balancer.type", "least-response-time")
            .overrideConfigKey("quarkus.stork.\"ws-pair\".service-discovery.type", "static")
            .overrideConfigKey("quarkus.stork.\"ws-pair\".service-discovery.address-list",
                    "localhost:" + REFUSED + ",localhost:" + PORT);

    /** Once per JVM: JUnit and the application each load the class, and must name the same port. */
    private static int refusedPort() {
        String chosen = System.getProperty("stork-discovery-test.refused");
        if (chosen != null) {
            return Integer.parseInt(chosen);
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            System.setProperty("stork-discovery-test.refused", Integer.toString(socket.getLocalPort()));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestHTTPResource
    URL application;

    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(StorkDiscoveryTest.class.getName(), application.getPort());
    }

    @Inject
    @JsonRpcClient
    Calculator calc;

    @Test
    void aConfiguredClientCallsTheInstanceOfItsService() {
        assertThat(calc.subtract(42, 23)).isEqualTo(19);
        assertThat(((JsonRpcClientControl) calc).serverUrl()).hasToString("stork://calc-service/jsonrpc");
    }

    @Test
    void eachHttpRequestGoesToTheInstanceChosenForIt() {
        Calculator pair = built("stork://http-pair/jsonrpc");
        try {
            for (int round = 0; round < 2; round++) {
                assertThatThrownBy(() -> pair.subtract(5, 3)).isInstanceOf(JsonRpcTransportException.class)
                        .hasMessageStartingWith("POST http://localhost:" + REFUSED + "/jsonrpc failed: ");
                assertThat(pair.subtract(5, 3)).isEqualTo(2);
            }
        } finally {
            ((JsonRpcClientControl) pair).close();
        }
    }

    @Test
    void aLoadBalancerIsToldHowEachRequestWent() {
        Calculator pair = built("stork://timed-pair/jsonrpc");
        try {
            List<String> outcomes = new ArrayList<>();
            for (int call = 0; call < 6; call++) {
                try {
                    outcomes.add(Integer.toString(pair.subtract(5, 3)));
                } catch (JsonRpcTransportException e) {
                    outcomes.add(e.getMessage());
                }
            }
            // each instance is tried once, in some order; then the one that failed is left alone
            assertThat(outcomes).containsOnlyOnce("POST http://localhost:" + REFUSED + "/jsonrpc failed: Connection"
                    + " refused: localhost/127.0.0.1:" + REFUSED);
            assertThat(outcomes.subList(2, 6)).containsOnly("2");
        } finally {
            ((JsonRpcClientControl) pair).close();
        }
    }

    @Test
    void eachWebSocketConnectionGoesToTheInstanceChosenForIt() {
        Calculator pair = built("stork+ws://ws-pair/jsonrpc");
        try {
            assertThatThrownBy(() -> pair.subtract(5, 3)).isInstanceOf(JsonRpcTransportException.class)
                    .hasMessageStartingWith("Cannot connect to stork+ws://ws-pair/jsonrpc: ")
                    .hasMessageContaining(":" + REFUSED);
            // the next connection, to the server: its calls stay on it, whatever the load balancer would choose next
            assertThat(pair.subtract(5, 3)).isEqualTo(2);
            assertThat(pair.subtract(7, 3)).isEqualTo(4);
            assertThat(pair.echoText("over one connection")).isEqualTo("over one connection");
        } finally {
            ((JsonRpcClientControl) pair).close();
        }
    }

    @Test
    void aServiceStorkDoesNotKnowFailsTheCall() {
        Calculator nowhere = built("stork://nowhere/jsonrpc");
        try {
            assertThatThrownBy(() -> nowhere.subtract(5, 3)).isInstanceOf(JsonRpcTransportException.class)
                    .hasMessageStartingWith("The JSON-RPC client 'calc' found no instance of the service 'nowhere'"
                            + " (stork://nowhere/jsonrpc): ");
        } finally {
            ((JsonRpcClientControl) nowhere).close();
        }
    }

    private static Calculator built(String url) {
        return JsonRpcClientBuilder.newBuilder().url(url).build(Calculator.class);
    }
}
