package io.quarkiverse.jsonrpc.client.test.devui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.client.test.Calculator;
import io.quarkiverse.jsonrpc.client.test.FreePort;
import io.quarkus.devui.tests.DevUIJsonRPCTest;
import io.quarkus.test.QuarkusDevModeTest;

/** The Dev UI card's page asks the running application for its clients: each with its key, interface and URL. */
public class DevUiClientsTest extends DevUIJsonRPCTest {

    // the Dev UI client connects to quarkus.http.test-port, which surefire sets to 0 for the other tests
    static final int PORT = FreePort.forTest(DevUiClientsTest.class);

    @RegisterExtension
    static final QuarkusDevModeTest test = new QuarkusDevModeTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class)
                    .addAsResource(new StringAsset("quarkus.jsonrpc-client.\"calc\".url=ws://localhost:9/jsonrpc\n"
                            + "quarkus.jsonrpc-client.\"calc\".timeout=5s\n"
                            + "quarkus.http.port=" + PORT + "\n"), "application.properties"));

    public DevUiClientsTest() {
        super("quarkus-jsonrpc-client");
    }

    @Test
    void listsTheClientsWithTheirUrls() throws Exception {
        JsonNode clients = super.executeJsonRPCMethod("clients");
        assertThat(clients).hasSize(1);
        JsonNode calc = clients.get(0);
        assertThat(calc.get("configKey").asText()).isEqualTo("calc");
        assertThat(calc.get("interface").asText()).isEqualTo(Calculator.class.getName());
        assertThat(calc.get("url").asText()).isEqualTo("ws://localhost:9/jsonrpc");
        assertThat(calc.get("transport").asText()).isEqualTo("WebSocket");
        assertThat(calc.get("timeout").asText()).isEqualTo("5s");
        assertThat(calc.get("methods").toString()).contains("subtract (blocking)", "ticks (subscription)",
                "shouted (server notifications)");
    }
}
