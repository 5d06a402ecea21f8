package io.quarkiverse.jsonrpc.server.testing;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * A few JSON-RPC methods on a plain Vert.x server, over HTTP and WebSocket, to test the client against:
 * {@code add} (positional or named), {@code fail} (an error with data), {@code ping} (notifies {@code pong} back),
 * {@code count} (a subscription of 0 … n-1), {@code broken} (a subscription that fails), {@code endless} (two items,
 * then nothing until {@code rpc.unsubscribe}; given an id and a first item, those), {@code echo}; over WebSocket
 * {@code bye} closes the connection with 4000, and an upgrade to {@code /forbidden} is refused with 403. Batches are
 * answered in reverse order, as a server may.
 * <p>
 * A test class registers one, {@code @RegisterExtension static final FakeServer server = new FakeServer()}: it listens
 * from then on and closes after the class's last test.
 */
final class FakeServer implements AfterAllCallback {

    /** Echoes decimals as written: {@code 1.50} stays {@code 1.50}. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private final Vertx vertx = Vertx.vertx();
    /** "name: code reason" of each WebSocket connection that closed, its name the upgrade's X-Name header. */
    final BlockingQueue<String> closes = new LinkedBlockingQueue<>();
    private final HttpServer server;

    FakeServer() {
        server = vertx.createHttpServer()
                .webSocketHandler(ws -> {
                    if (ws.path().equals("/forbidden")) {
                        ws.reject(403);
                        return;
                    }
                    String name = ws.headers().get("X-Name");
                    ws.closeHandler(v -> closes.add(name + ": " + ws.closeStatusCode() + " " + ws.closeReason()));
                    ws.textMessageHandler(text -> {
                        if (text.contains("\"bye\"")) {
                            ws.close((short) 4000, "bye");
                        } else {
                            handle(text, ws::writeTextMessage);
                        }
                    });
                })
                .requestHandler(request -> request.body().onSuccess(body -> {
                    List<String> out = new ArrayList<>();
                    handle(body.toString(), out::add);
                    if (out.isEmpty()) {
                        request.response().setStatusCode(204).end();
                    } else {
                        request.response().putHeader("Content-Type", "application/json").end(out.get(0));
                    }
                }))
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS)
                .join();
    }

    URI http() {
        return URI.create("http://127.0.0.1:" + server.actualPort() + "/jsonrpc");
    }

    private static void handle(String text, Consumer<String> send) {
        try {
            JsonNode message = MAPPER.readTree(text);
            if (message.isArray() && message.isEmpty()) {
                // as the specification says, and the extension does: one error for the whole message
                send.accept("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request\"},"
                        + "\"id\":null}");
                return;
            }
            if (message.isArray()) {
                List<JsonNode> responses = new ArrayList<>();
                for (JsonNode request : message) {
                    ObjectNode response = answer(request, notification -> {
                    });
                    if (response != null) {
                        responses.add(response);
                    }
                }
                Collections.reverse(responses);
                if (!responses.isEmpty()) {
                    ArrayNode batch = MAPPER.createArrayNode().addAll(responses);
                    send.accept(batch.toString());
                }
                return;
            }
            List<String> after = new ArrayList<>();
            ObjectNode response = answer(message, after::add);
            if (response != null) {
                send.accept(response.toString());
            }
            after.forEach(send);
        } catch (Exception e) {
            send.accept("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"Parse error\"},\"id\":null}");
        }
    }

    /** The subscriptions of {@code endless} so far, which name them. */
    private static final AtomicInteger ENDLESS = new AtomicInteger();

    /** The response, or null for a notification; what to send after it goes to {@code after}. */
    private static ObjectNode answer(JsonNode request, Consumer<String> after) {
        JsonNode params = request.path("params");
        ObjectNode response = MAPPER.createObjectNode().put("jsonrpc", "2.0");
        switch (request.path("method").asText()) {
            case "add" -> {
                int sum = 0;
                for (JsonNode value : params) {
                    sum += value.asInt();
                }
                response.put("result", sum);
            }
            case "echo" -> response.set("result", params.get(0));
            case "fail" -> response.putObject("error").put("code", -32000).put("message", "Failed on purpose")
                    .putObject("data").put("why", "a test");
            case "ping" -> after.accept("{\"jsonrpc\":\"2.0\",\"method\":\"pong\",\"params\":{\"n\":1}}");
            case "count" -> {
                response.put("result", "s1");
                for (int i = 0; i < params.get(0).asInt(); i++) {
                    after.accept("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\",\"params\":{\"subscription\":\"s1\","
                            + "\"result\":" + i + "}}");
                }
                after.accept("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\",\"params\":{\"subscription\":\"s1\","
                        + "\"complete\":true}}");
            }
            case "endless" -> {
                // a subscription that sends two items and then waits to be unsubscribed
                // the id the params name, as a server may give an id again once it is free; else a new one
                String id = params.path(0).isTextual() ? params.get(0).asText() : "e" + ENDLESS.incrementAndGet();
                response.put("result", id);
                int first = params.path(1).asInt(0);
                for (int i = first; i < first + 2; i++) {
                    after.accept("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\",\"params\":{\"subscription\":\""
                            + id + "\",\"result\":" + i + "}}");
                }
            }
            case "rpc.unsubscribe" -> response.put("result", true);
            case "broken" -> {
                response.put("result", "s2");
                after.accept("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.subscription\",\"params\":{\"subscription\":\"s2\","
                        + "\"error\":{\"code\":-32603,\"message\":\"Internal error\"}}}");
            }
            default -> response.putObject("error").put("code", -32601).put("message", "Method not found");
        }
        if (!request.has("id")) {
            return null;
        }
        return response.set("id", request.get("id"));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
