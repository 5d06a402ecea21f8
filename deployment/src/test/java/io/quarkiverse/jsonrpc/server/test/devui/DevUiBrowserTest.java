package io.quarkiverse.jsonrpc.server.test.devui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.test.DevModePort;
import io.quarkus.test.QuarkusDevModeTest;

/**
 * The Dev UI's JSON-RPC card, in a real browser: the methods page lists the method, its form calls it over HTTP and
 * shows the response, and the recent calls page shows that call, then a failed call made while it is open.
 */
public class DevUiBrowserTest {

    @RegisterExtension
    static final QuarkusDevModeTest test = new QuarkusDevModeTest()
            .withApplicationRoot(jar -> jar.addClass(Calculator.class)
                    .addAsResource(new StringAsset(DevModePort.RANDOM_PORT), "application.properties"))
            .setLogRecordPredicate(DevModePort::startupLine);

    @Test
    void callThroughTheForm() throws Exception {
        JsonNode seen = new ObjectMapper().readTree(Browser.run("dev-ui-call.cjs",
                "http://localhost:" + DevModePort.of(test)));

        assertThat(seen.get("errors")).as("errors in the page").isEmpty();
        assertThat(seen.get("methods").asText()).contains("subtract", "The difference of two integers",
                "minuend: int", "subtrahend: int", "Calculator#subtract(int, int)", "@PermitAll");
        // named params with a placeholder per required param
        assertThat(seen.get("template").asText()).isEqualTo("{\n  \"minuend\": 0,\n  \"subtrahend\": 0\n}");
        assertThat(seen.get("status").asText()).matches("HTTP 200 · [0-9.]+ ms");
        assertThat(seen.get("response").asText()).isEqualTo("{\n  \"jsonrpc\": \"2.0\",\n  \"result\": 19,\n"
                + "  \"id\": 1\n}");
        assertThat(seen.get("calls").asText()).contains("subtract", "HTTP", "result");
        assertThat(seen.get("liveCalls").asText()).contains("nope", "later", "error", "-32601", "Method not found");
    }
}
