package io.quarkiverse.jsonrpc.client.test.devui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.client.test.Calculator;
import io.quarkus.devui.tests.DevUIJsonRPCTest;
import io.quarkus.test.QuarkusDevModeTest;

/** The Dev UI card's page asks the running application for its clients: each with its key, interface and URL. */
public class DevUiClientsTest extends DevUIJsonRPCTest {

    private static final Pattern LISTENING = Pattern.compile("Listening on: (http://[^\\s/]+:\\d+)");

    @RegisterExtension
    static final QuarkusDevModeTest test = new QuarkusDevModeTest()
            .setLogRecordPredicate(record -> LISTENING.matcher(text(record)).find())
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class)
                    .addAsResource(new StringAsset("quarkus.jsonrpc-client.\"calc\".url=ws://localhost:9/jsonrpc\n"
                            + "quarkus.jsonrpc-client.\"calc\".timeout=5s\n"
                            + "quarkus.http.port=0\n"), "application.properties"));

    public DevUiClientsTest() {
        super("quarkus-jsonrpc-client");
    }

    /**
     * The application takes a free port as it starts and says which in its log; QuarkusDevModeTest does not read it,
     * so the Dev UI's address is set here, once the application runs (its constructor ran before).
     */
    @BeforeEach
    void devUiOfTheRunningApplication() {
        String application = test.getLogRecords().stream().map(record -> LISTENING.matcher(text(record)))
                .filter(Matcher::find).map(found -> found.group(1)).reduce((first, last) -> last)
                .orElseThrow(() -> new IllegalStateException("The application did not log where it listens"));
        uri = URI.create(application + "/q/dev-ui/json-rpc-ws");
    }

    private static String text(LogRecord record) {
        return record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : String.valueOf(record.getMessage());
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
