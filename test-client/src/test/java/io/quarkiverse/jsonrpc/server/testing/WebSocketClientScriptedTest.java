package io.quarkiverse.jsonrpc.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link JsonRpcTestClient} over WebSocket against a server whose every answer a test writes. */
class WebSocketClientScriptedTest {

    private static final String TOO_LARGE = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request\","
            + "\"data\":\"3 requests, over the limit of 2\"},\"id\":null}";

    /** A server with a batch limit refuses a larger batch with one error whose id is null. */
    @Test
    void aBatchRefusedAsAWholeForItsSizeIsAnError() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.readText();
            peer.text(TOO_LARGE);
            assertThat(peer.readText()).contains("\"method\":\"echo\"");
            peer.text("{\"jsonrpc\":\"2.0\",\"result\":\"fresh\",\"id\":\"x\"}");
        }); JsonRpcTestClient client = JsonRpcTestClient.ws(server.uri())) {
            assertThatThrownBy(() -> client.batch().call("a").call("b").call("c").send())
                    .isInstanceOfSatisfying(JsonRpcErrorException.class, e -> {
                        assertThat(e.code()).isEqualTo(-32600);
                        assertThat(e.data().asText()).isEqualTo("3 requests, over the limit of 2");
                    });
            // the refusal was the batch's, not left behind for the next exchange
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"id\":\"x\"}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"fresh\",\"id\":\"x\"}");
            server.awaitScript();
        }
    }

    /** A batch of notifications only gets no answer, unless the server refuses it as a whole. */
    @Test
    void aBatchOfNotificationsRefusedAsAWholeIsAnError() throws Exception {
        try (ScriptedServer server = new ScriptedServer(null, peer -> {
            peer.readText();
            peer.text(TOO_LARGE);
            String probe = peer.readText();
            assertThat(probe).contains("\"method\":\"rpc.probe\"");
            peer.text("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\"},\"id\":"
                    + probe.replaceAll(".*\"id\":(\\d+).*", "$1") + "}");
        }); JsonRpcTestClient client = JsonRpcTestClient.ws(server.uri())) {
            assertThatThrownBy(() -> client.batch().notify("a").notify("b").notify("c").send())
                    .isInstanceOfSatisfying(JsonRpcErrorException.class, e -> assertThat(e.code()).isEqualTo(-32600));
            server.awaitScript();
        }
    }
}
