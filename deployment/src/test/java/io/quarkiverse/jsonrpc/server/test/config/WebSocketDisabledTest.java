package io.quarkiverse.jsonrpc.server.test.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.UpgradeRejectedException;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;

/**
 * With the WebSocket transport disabled no upgrade succeeds; HTTP still serves, and the build says which methods
 * nothing serves now, which the OpenRPC document leaves out.
 */
public class WebSocketDisabledTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class, Ticks.class, LogWatch.class))
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.enabled", "false")
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.WARNING.intValue()
                    && record.getLoggerName().startsWith("io.quarkiverse.jsonrpc"))
            .assertLogRecords(records -> assertThat(records).extracting(LogWatch::message).containsExactly(
                    "No transport serves the JSON-RPC methods ticks: quarkus.jsonrpc-server.websocket.enabled=false,"
                            + " quarkus.jsonrpc-server.http.enabled=true"));

    public static class Ticks {
        /** A subscription: over a WebSocket only. */
        @JsonRpc
        public Multi<Long> ticks() {
            return Multi.createFrom().items(1L, 2L);
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void upgradeIsRejected() {
        assertThatThrownBy(() -> WebSocketTestConnection.open(uri)).isInstanceOf(UpgradeRejectedException.class)
                .extracting(e -> ((UpgradeRejectedException) e).statusCode()).isEqualTo(404);
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"hi\"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"hi\",\"id\":1}");
    }

    /** The document lists what is served, over the transports that serve it: no subscription without a WebSocket. */
    @Test
    void theOpenRpcDocumentListsWhatHttpServes() {
        String document = HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.discover\",\"id\":1}");
        assertThat(document).contains("\"name\":\"echo\"").contains("\"x-transports\":[\"http\"]")
                .doesNotContain("ticks", "websocket");
    }
}
