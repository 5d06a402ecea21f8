package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Both transports with the default configuration: a call over each (the smoke test); a method called over a
 * transport it does not list does not exist ({@code -32601}); a client that offers permessage-deflate, as every
 * browser does, or per-frame deflate, gets plain frames; a subprotocol offered is not chosen.
 * <p>
 * One application for all: the rules are about the defaults, and the methods' names never meet.
 */
public class TransportDefaultsTest {

    static final String OFFER = "permessage-deflate; client_max_window_bits";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, Restricted.class, Texts.class));

    @TestHTTPResource("/jsonrpc")
    URI uri;

    // a call over each transport

    public static class Calculator {
        @JsonRpc
        public int add(int a, int b) {
            return a + b;
        }
    }

    @Test
    void http() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[1,2],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}");
        HttpResponse<String> get = Http.get("/jsonrpc");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        assertThat(get.body()).isEqualTo("JSON-RPC over HTTP takes a POST request whose body is the JSON-RPC request");
        // RFC 9110 section 9.3.7: what the endpoint takes
        HttpResponse<String> options = Http.options("/jsonrpc");
        assertThat(options.statusCode()).isEqualTo(204);
        assertThat(options.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        assertThat(options.body()).isEmpty();
        HttpResponse<String> text = Http.post("/jsonrpc", "{}", "Content-Type", "text/plain");
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(text.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(text.body()).isEqualTo("JSON-RPC over HTTP takes a body of Content-Type application/json"
                + " (or application/json-rpc, application/jsonrequest)");
    }

    /**
     * The media type is compared without regard to case or the spaces around it, and whatever the JVM's default
     * locale: in Turkish, {@code "APPLICATION/JSON".toLowerCase()} is {@code "applıcatıon/json"} (dotless i), which
     * was refused with 415.
     */
    @ParameterizedTest
    @ValueSource(strings = { "APPLICATION/JSON", " Application/Json-RPC ; Charset=UTF-8", "application/JSONREQUEST" })
    void contentTypeOfAnyCaseInAnyLocale(String contentType) throws Exception {
        Locale locale = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertThat(HttpRpc.call(uri.toString(),
                    "{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[1,2],\"id\":1}", "Content-Type", contentType))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}");
        } finally {
            Locale.setDefault(locale);
        }
    }

    /**
     * HTTP/2 in clear text (h2c), which the JDK client asks for by upgrading its first request: a call, then a batch,
     * both answered over HTTP/2.
     */
    @Test
    void http2InClearText() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> call = post(client, "{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[1,2],\"id\":1}");
        HttpResponse<String> batch = post(client,
                "[{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[1,2],\"id\":1},"
                        + "{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[3,4],\"id\":2}]");

        assertThat(call.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(call.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}");
        assertThat(batch.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(batch.body())
                .isEqualTo("[{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1},{\"jsonrpc\":\"2.0\",\"result\":7,\"id\":2}]");
    }

    private HttpResponse<String> post(HttpClient client, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Bean Validation support is optional: this module's applications run without quarkus-hibernate-validator, so
     * every test here shows the extension works without it.
     */
    @Test
    void runsWithoutHibernateValidator() {
        assertThatThrownBy(() -> Class.forName("io.quarkus.hibernate.validator.runtime.interceptor.MethodValidated",
                false, Thread.currentThread().getContextClassLoader())).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void webSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[1,2],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}");
        }
    }

    /**
     * No subprotocol is chosen: an upgrade that offers one is answered without {@code Sec-WebSocket-Protocol}, and
     * the connection serves as any other (a client that insists on its subprotocol gives up on this answer itself).
     */
    @Test
    void aSubprotocolOfferedIsNotChosen() {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri,
                Map.of("Sec-WebSocket-Protocol", "jsonrpc"))) {
            assertThat(client.handshakeHeader("Sec-WebSocket-Protocol")).isNull();
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[1,2],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}");
        }
    }

    // called over a transport it does not list, a method does not exist

    public static class Restricted {
        @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
        public String socketOnly() {
            return "socket";
        }

        @JsonRpc(transports = JsonRpcTransport.HTTP)
        public String httpOnly() {
            return "http";
        }
    }

    static final String SOCKET_ONLY = "{\"jsonrpc\":\"2.0\",\"method\":\"socketOnly\",\"id\":1}";
    static final String HTTP_ONLY = "{\"jsonrpc\":\"2.0\",\"method\":\"httpOnly\",\"id\":2}";

    @Test
    void restrictedOverHttp() {
        assertThat(HttpRpc.call(HTTP_ONLY)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"http\",\"id\":2}");
        assertMethodNotFound(HttpRpc.call(SOCKET_ONLY), "socketOnly", 1);
    }

    @Test
    void restrictedOverWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(SOCKET_ONLY)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"socket\",\"id\":1}");
            assertMethodNotFound(client.call(HTTP_ONLY), "httpOnly", 2);
        }
    }

    /** The data may say more than that the method is missing, but never less. */
    private static void assertMethodNotFound(String response, String method, int id) {
        JsonNode json = Http.json(response);
        assertThat(json.at("/error/code").asInt()).isEqualTo(-32601);
        assertThat(json.at("/error/message").asText()).isEqualTo("Method not found");
        assertThat(json.at("/error/data").asText()).contains("'" + method + "'");
        assertThat(json.get("id").asInt()).isEqualTo(id);
        assertThat(json.has("result")).isFalse();
    }

    // compression is declined: JSON-RPC's small messages cost more to compress than they save

    public static class Texts {
        @JsonRpc
        public String repeat(String text, int times) {
            return text.repeat(times);
        }
    }

    static WebSocketTestConnection offeringDeflate(URI uri) {
        return offering(uri, OFFER);
    }

    static WebSocketTestConnection offering(URI uri, String extensions) {
        return JsonRpcTestClient.builder().header("Sec-WebSocket-Extensions", extensions).connection(uri);
    }

    /**
     * Browsers' offer, then per-frame deflate (the draft before RFC 7692, which Vert.x accepts unless told otherwise)
     * under both its names, then all three as Netty's client compression handler offers them.
     */
    @ParameterizedTest
    @ValueSource(strings = { OFFER, "deflate-frame", "x-webkit-deflate-frame",
            "permessage-deflate; client_max_window_bits, deflate-frame, x-webkit-deflate-frame" })
    void deflateOfferedIsDeclinedAndFramesGoOutPlain(String offer) {
        try (WebSocketTestConnection connection = offering(uri, offer)) {
            assertThat(connection.handshakeHeader("Sec-WebSocket-Extensions")).isNull();

            String answer = connection.call("{\"jsonrpc\":\"2.0\",\"method\":\"repeat\",\"params\":[\"ab\",3],\"id\":1}");

            assertThat(answer).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"ababab\",\"id\":1}");
            assertThat(connection.bytesReceived()).as("bytes on the wire").isEqualTo(answer.length());
        }
    }
}
