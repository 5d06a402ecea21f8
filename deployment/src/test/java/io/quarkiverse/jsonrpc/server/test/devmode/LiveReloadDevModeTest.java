package io.quarkiverse.jsonrpc.server.test.devmode;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.test.DevModePort;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusDevModeTest;

/**
 * In dev mode an added, renamed or removed {@code @JsonRpc} method takes effect on the next request, over HTTP and
 * over a new WebSocket connection.
 */
public class LiveReloadDevModeTest {

    @RegisterExtension
    static final QuarkusDevModeTest test = new QuarkusDevModeTest()
            .withApplicationRoot(jar -> jar.addClass(Greetings.class)
                    .addAsResource(new StringAsset(DevModePort.RANDOM_PORT), "application.properties"))
            .setLogRecordPredicate(DevModePort::startupLine);

    @Test
    void methodChangesTakeEffectWithoutRestart() {
        URI endpoint = URI.create("http://localhost:" + DevModePort.of(test) + "/jsonrpc");
        assertAnswers(endpoint, "hello", "Hello Ada");
        assertAnswers(endpoint, "bye", "Bye Ada");
        assertNotFound(endpoint, "shout");

        test.modifySourceFile(Greetings.class, source -> source.replace("// new methods go here",
                "@io.quarkiverse.jsonrpc.server.JsonRpc public String shout(String name) { return name.toUpperCase(); }"));
        assertAnswers(endpoint, "shout", "ADA");

        test.modifySourceFile(Greetings.class, source -> source.replace("public String hello(", "public String hi("));
        assertAnswers(endpoint, "hi", "Hello Ada");
        assertNotFound(endpoint, "hello");

        test.modifySourceFile(Greetings.class, source -> source.replace("@JsonRpc\n    public String bye(",
                "public String bye("));
        assertNotFound(endpoint, "bye");
        assertAnswers(endpoint, "hi", "Hello Ada");
    }

    /** A request that finds a source changed waits while the application is rebuilt. */
    private static JsonRpcTestClient.Builder client() {
        return JsonRpcTestClient.builder().timeout(Duration.ofMinutes(2));
    }

    /** Asks over a new WebSocket connection first, so that the upgrade request alone must pick up the change. */
    private static void assertAnswers(URI endpoint, String method, String result) {
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":[\"Ada\"],\"id\":1}";
        String response = "{\"jsonrpc\":\"2.0\",\"result\":\"" + result + "\",\"id\":1}";
        assertResponse(endpoint, request, response);
    }

    private static void assertNotFound(URI endpoint, String method) {
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":[\"Ada\"],\"id\":1}";
        String response = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
                + "\"data\":\"No method named '" + method + "'\"},\"id\":1}";
        assertResponse(endpoint, request, response);
    }

    private static void assertResponse(URI endpoint, String request, String response) {
        try (WebSocketTestConnection connection = client().connection(endpoint)) {
            assertThat(connection.call(request)).isEqualTo(response);
        }
        try (JsonRpcTestClient http = client().http(endpoint)) {
            assertThat(http.exchange(request)).isEqualTo(response);
        }
    }
}
