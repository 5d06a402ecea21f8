package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.Browser;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * The client most JSON-RPC endpoints serve, for real: a page in headless Chromium.
 * <ul>
 * <li>Over its WebSocket, the browser offers permessage-deflate, as every browser does, and gets plain frames; twenty
 * calls sent at once, a batch and a result of 180 KB all come back whole, each with its id.</li>
 * <li>A page of another origin: Quarkus's CORS configuration lets it call over HTTP (the browser's preflight
 * included), and the endpoint's origin check turns its WebSocket away, which CORS does not cover. That page is served
 * as {@code http://127.0.0.1:<port>} and calls {@code http://localhost:<port>}: two origins to the browser.</li>
 * </ul>
 */
public class BrowserClientTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, TransportDefaultsTest.Texts.class, Browser.class)
                    // the page the browser opens
                    .addAsResource(new StringAsset("<!doctype html><title>JSON-RPC</title>"),
                            "META-INF/resources/index.html"))
            .overrideConfigKey("quarkus.http.cors.enabled", "true")
            .overrideConfigKey("quarkus.http.cors.origins", "/http://127\\.0\\.0\\.1:[0-9]+/");

    public static class Calculator {
        @JsonRpc
        public int subtract(int minuend, int subtrahend) {
            return minuend - subtrahend;
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Test
    void aBrowserGetsPlainFramesAndEveryAnswer() throws Exception {
        List<String> messages = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            messages.add("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[100," + i + "],\"id\":" + i + "}");
        }
        messages.add("[{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":{\"minuend\":5,\"subtrahend\":3},\"id\":\"b1\"},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"nope\",\"id\":\"b2\"}]");
        messages.add("{\"jsonrpc\":\"2.0\",\"method\":\"repeat\",\"params\":[\"json-rpc \",20000],\"id\":\"large\"}");

        JsonNode seen = Browser.webSocket(base, List.of(), messages, 22);

        assertThat(seen.get("errors")).as("errors in the page").isEmpty();
        assertThat(seen.get("offered").asText()).as("the browser's offer").startsWith("permessage-deflate");
        assertThat(seen.get("extensions").asText()).as("extensions agreed").isEmpty();

        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode answer : seen.get("answers")) {
            byId.put(answer.isArray() ? "batch" : answer.get("id").asText(), answer);
        }
        assertThat(byId).hasSize(22);
        for (int i = 1; i <= 20; i++) {
            assertThat(byId.get(String.valueOf(i)).toString())
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":" + (100 - i) + ",\"id\":" + i + "}");
        }
        assertThat(byId.get("batch").toString()).isEqualTo("[{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":\"b1\"},"
                + "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
                + "\"data\":\"No method named 'nope'\"},\"id\":\"b2\"}]");
        assertThat(byId.get("large").get("result").asText()).isEqualTo("json-rpc ".repeat(20000));
    }

    /**
     * The preflight a browser sends before that call, without the browser: Quarkus's CORS filter answers it, so the
     * endpoint's own answer to OPTIONS (204 with Allow: POST, OPTIONS) is not what comes back.
     */
    @Test
    void aPreflightIsAnsweredByQuarkusBeforeTheEndpoint() {
        String origin = "http://127.0.0.1:" + base.getPort();
        HttpResponse<String> preflight = Http.options(base.resolve("/jsonrpc").toString(), "Origin", origin,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);
        assertThat(preflight.headers().firstValue("Allow")).isEmpty();
    }

    @Test
    void anotherOriginCallsOverHttpAndIsTurnedAwayOverWebSocket() throws Exception {
        URI page = URI.create("http://127.0.0.1:" + base.getPort() + "/");
        URI endpoint = URI.create("http://localhost:" + base.getPort() + "/jsonrpc");

        JsonNode seen = Browser.crossOrigin(page, endpoint);

        assertThat(seen.get("errors")).as("errors in the page").isEmpty();
        assertThat(seen.get("origin").asText()).isEqualTo("http://127.0.0.1:" + base.getPort());
        assertThat(seen.get("http").toString()).isEqualTo(
                "{\"status\":200,\"body\":\"{\\\"jsonrpc\\\":\\\"2.0\\\",\\\"result\\\":19,\\\"id\\\":1}\"}");
        assertThat(seen.get("webSocket").asText()).isEqualTo("refused");
    }
}
