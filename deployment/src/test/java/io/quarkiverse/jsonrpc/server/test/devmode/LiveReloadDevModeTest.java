package io.quarkiverse.jsonrpc.server.test.devmode;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.test.WsClient;
import io.quarkus.test.QuarkusDevModeTest;
import io.vertx.core.Vertx;

/**
 * In dev mode an added, renamed or removed {@code @JsonRpc} method takes effect on the next request, over HTTP and
 * over a new WebSocket connection.
 */
public class LiveReloadDevModeTest {

    @RegisterExtension
    static final QuarkusDevModeTest test = new QuarkusDevModeTest()
            .withApplicationRoot(jar -> jar.addClass(Greetings.class));

    static final URI SOCKET = URI.create("ws://localhost:8080/jsonrpc");

    static Vertx vertx;

    @BeforeAll
    static void startClient() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopClient() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void methodChangesTakeEffectWithoutRestart() throws Exception {
        assertAnswers("hello", "Hello Ada");
        assertAnswers("bye", "Bye Ada");
        assertNotFound("shout");

        test.modifySourceFile(Greetings.class, source -> source.replace("// new methods go here",
                "@io.quarkiverse.jsonrpc.server.JsonRpc public String shout(String name) { return name.toUpperCase(); }"));
        assertAnswers("shout", "ADA");

        test.modifySourceFile(Greetings.class, source -> source.replace("public String hello(", "public String hi("));
        assertAnswers("hi", "Hello Ada");
        assertNotFound("hello");

        test.modifySourceFile(Greetings.class, source -> source.replace("@JsonRpc\n    public String bye(",
                "public String bye("));
        assertNotFound("bye");
        assertAnswers("hi", "Hello Ada");
    }

    /** Asks over a new WebSocket connection first, so that the upgrade request alone must pick up the change. */
    private static void assertAnswers(String method, String result) throws Exception {
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":[\"Ada\"],\"id\":1}";
        String response = "{\"jsonrpc\":\"2.0\",\"result\":\"" + result + "\",\"id\":1}";
        try (WsClient client = WsClient.connect(vertx, SOCKET)) {
            assertThat(client.call(request)).isEqualTo(response);
        }
        assertThat(post(request)).isEqualTo(response);
    }

    private static void assertNotFound(String method) throws Exception {
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":[\"Ada\"],\"id\":1}";
        String response = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
                + "\"data\":\"No method named '" + method + "'\"},\"id\":1}";
        try (WsClient client = WsClient.connect(vertx, SOCKET)) {
            assertThat(client.call(request)).isEqualTo(response);
        }
        assertThat(post(request)).isEqualTo(response);
    }

    private static String post(String request) {
        return given().contentType("application/json").body(request).post("/jsonrpc").then().statusCode(200)
                .extract().asString();
    }
}
