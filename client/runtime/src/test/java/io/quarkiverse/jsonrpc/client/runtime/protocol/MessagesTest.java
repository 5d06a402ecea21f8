package io.quarkiverse.jsonrpc.client.runtime.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.common.json.ExactDecimals;
import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;

/** The client's side of the protocol, as bytes: what it writes, and how it reads what servers send. */
class MessagesTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private final ObjectReader treeReader = ExactDecimals.treeReader(mapper);
    private final MessageWriter writer = new MessageWriter(mapper);

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void requestWithPositionalParams() {
        assertThat(text(writer.message("subtract", Params.positional(new Object[] { 42, 23 }, false, null), 1L)))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[42,23],\"id\":1}");
    }

    @Test
    void varargsAreSpread() {
        Object[] args = { new int[] { 1, 2, 4 } };
        assertThat(text(writer.message("sum", Params.positional(args, true, null), 2L)))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":[1,2,4],\"id\":2}");
    }

    @Test
    void namedParamsAndAPrefixedSubscription() {
        assertThat(text(writer.message("subtract", Params.named(List.of("minuend", "subtrahend"),
                new Object[] { 42, 23 }), 3L)))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":{\"minuend\":42,\"subtrahend\":23},"
                        + "\"id\":3}");
        assertThat(text(writer.message("eth_subscribe", Params.positional(new Object[0], false, "newHeads"), 4L)))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"],\"id\":4}");
    }

    @Test
    void notificationHasNoIdAndNoParamsWhenThereAreNone() {
        assertThat(text(writer.message("ping", Params.NONE, null)))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"ping\"}");
    }

    @Test
    void batch() {
        assertThat(text(writer.batch(List.of(new MessageWriter.Message("a", Params.NONE, 1L),
                new MessageWriter.Message("b", Params.NONE, null)))))
                .isEqualTo("[{\"jsonrpc\":\"2.0\",\"method\":\"a\",\"id\":1},{\"jsonrpc\":\"2.0\",\"method\":\"b\"}]");
    }

    @Test
    void readsResponsesNotificationsAndBatches() throws IOException {
        Incoming batch = Incoming.parse(treeReader, ("[{\"jsonrpc\":\"2.0\",\"result\":7,\"id\":1},"
                + "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\"},\"id\":2},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"chat.message\",\"params\":{\"text\":\"hi\"}}]")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(batch.responses()).hasSize(2);
        assertThat(batch.responses().get(0).id()).isEqualTo(1L);
        assertThat(batch.responses().get(0).result().asInt()).isEqualTo(7);
        // the server's codes come with the API artifact, which a client-only application has
        assertThat(batch.responses().get(1).error().get("code").asInt()).isEqualTo(JsonRpcErrorCodes.METHOD_NOT_FOUND);
        assertThat(batch.notifications()).singleElement()
                .satisfies(n -> assertThat(n.method()).isEqualTo("chat.message"));
    }

    @Test
    void aNullResultIsAResult() throws IOException {
        Incoming incoming = Incoming.parse(treeReader, "{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":5}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(incoming.responses()).singleElement().satisfies(r -> {
            assertThat(r.error()).isNull();
            assertThat(r.result().isNull()).isTrue();
        });
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(
                () -> Incoming.parse(treeReader, "{\"hello\":1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessage("neither result, error nor method in {\"hello\":1}");
        assertThatThrownBy(() -> Incoming.parse(treeReader, "<html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> Incoming.parse(treeReader, "{\"status\":500,\"error\":\"Internal Server Error\"}"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class)
                .hasMessage("no id in {\"status\":500,\"error\":\"Internal Server Error\"}");
    }

    @Test
    void errorObjectBecomesAnException() throws IOException {
        JsonRpcClientException e = ErrorObjects.toException("math.sqrt", mapper.readTree(
                "{\"code\":-32011,\"message\":\"Square root of a negative number\",\"data\":-1.0}"));
        assertThat(e.code()).isEqualTo(-32011);
        assertThat(e.getMessage()).isEqualTo("Square root of a negative number");
        assertThat(e.data().asDouble()).isEqualTo(-1.0);
        assertThat(e.method()).isEqualTo("math.sqrt");
    }
}
