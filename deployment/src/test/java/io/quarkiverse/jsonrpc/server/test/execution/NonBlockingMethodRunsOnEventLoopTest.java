package io.quarkiverse.jsonrpc.server.test.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.test.WsClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.Vertx;

/** {@code @NonBlocking} keeps a plain method on the event loop. */
public class NonBlockingMethodRunsOnEventLoopTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Service.class, ThreadInfo.class, HttpRpc.class, WsClient.class));

    public static class Service {
        @JsonRpc
        @NonBlocking
        public ThreadInfo where() {
            return ThreadInfo.current();
        }
    }

    static final String WHERE = "{\"jsonrpc\":\"2.0\",\"method\":\"where\",\"id\":1}";

    @Inject
    Vertx vertx;

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void overHttp() {
        assertThread(JsonPath.from(HttpRpc.call(WHERE)));
    }

    @Test
    void overWebSocket() throws Exception {
        try (WsClient client = WsClient.connect(vertx, uri)) {
            assertThread(JsonPath.from(client.call(WHERE)));
        }
    }

    private static void assertThread(JsonPath response) {
        assertThat(response.getBoolean("result.eventLoop")).isTrue();
        assertThat(response.getBoolean("result.blockingAllowed")).isFalse();
        assertThat(response.getString("result.name")).startsWith("vert.x-eventloop-thread-");
    }
}
