package io.quarkiverse.jsonrpc.server.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.transport.ConnectionlessSession;
import io.smallrye.mutiny.Uni;

/** What the engine's tests share: methods as lambdas, a message handled as a connectionless session's, JSON read. */
final class EngineTests {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    /**
     * How long a test waits for what the engine does in-process: it comes at once, but a busy machine may pause the
     * test's threads; the test client's default timeout.
     */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private EngineTests() {
    }

    static RpcMethod method(String name, Function<Object[], Object> body, RpcParam... params) {
        return new RpcMethod(name, List.of(params), Set.of(JsonRpcTransport.WEBSOCKET, JsonRpcTransport.HTTP),
                (args, ctx) -> Uni.createFrom().item(() -> body.apply(args)));
    }

    static RpcParam value(String name, Class<?> type) {
        return RpcParam.value(name, type(type));
    }

    static JavaType type(Class<?> type) {
        return MAPPER.constructType(type);
    }

    static byte[] handle(JsonRpcEngine engine, String message, JsonRpcTransport transport) {
        return bytes(awaited(engine.handle(message.getBytes(StandardCharsets.UTF_8), session(transport))));
    }

    /** The answer, as text, to a call of {@code method} with {@code params} (their JSON), id 1, over HTTP. */
    static String call(JsonRpcEngine engine, String method, String params) {
        return new String(handle(engine, "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params
                + ",\"id\":1}", JsonRpcTransport.HTTP), StandardCharsets.UTF_8);
    }

    /** The answer to a call of id 1 whose params the method cannot take, for {@code message}. */
    static String invalidParams(String message) {
        return "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,\"message\":\"Invalid params: " + message
                + "\"},\"id\":1}";
    }

    /** The item of a call or a message handled in-process, or its failure thrown. */
    static <T> T awaited(Uni<T> result) {
        return result.await().atMost(WAIT);
    }

    static TransportSession session(JsonRpcTransport transport) {
        return ConnectionlessSession.of(transport, Map.of(), null);
    }

    static byte[] bytes(Reply reply) {
        return reply == null ? null : reply.bytes();
    }

    static JsonNode json(byte[] bytes) {
        assertThat(bytes).isNotNull();
        return json(new String(bytes, StandardCharsets.UTF_8));
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(text, e);
        }
    }
}
