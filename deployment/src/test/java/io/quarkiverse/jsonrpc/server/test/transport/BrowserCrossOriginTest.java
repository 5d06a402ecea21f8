package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.test.Browser;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A page of another origin, in a real browser: Quarkus's CORS configuration lets it call over HTTP (the browser's
 * preflight included), and the endpoint's origin check turns its WebSocket away, which CORS does not cover. The page
 * is served as {@code http://127.0.0.1:<port>}, the endpoint called as {@code http://localhost:<port>}: two origins
 * to the browser.
 */
public class BrowserCrossOriginTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(BrowserClientTest.Calculator.class, Browser.class)
                    .addAsResource(new StringAsset("<!doctype html><title>Another site</title>"),
                            "META-INF/resources/index.html"))
            .overrideConfigKey("quarkus.http.cors.enabled", "true")
            .overrideConfigKey("quarkus.http.cors.origins", "/http://127\\.0\\.0\\.1:[0-9]+/");

    @TestHTTPResource("/")
    URI base;

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
