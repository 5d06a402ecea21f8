package io.quarkiverse.jsonrpc.client.test.races;

import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A raw Vert.x server, over HTTP and WebSocket on a free port, that notes every request it receives, in order, as
 * {@code method[params]}, answers {@code add(a, b)} and never answers {@code hold}: the calls a test gives up on, and
 * the proof of which of them reached the server. Over a WebSocket, {@code drop} closes the connection, and
 * {@code ticks} is a subscription, whose first item comes right after its id; {@code heldTicks} the same, answered
 * when the test says.
 */
final class HoldingServer {

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final AtomicInteger subscriptions = new AtomicInteger();
    private final Queue<Runnable> heldSubscriptions = new ConcurrentLinkedQueue<>();

    HoldingServer() {
        server = vertx.createHttpServer()
                .webSocketHandler(ws -> ws.textMessageHandler(text -> {
                    if (!text.startsWith("[")) {
                        JsonObject request = new JsonObject(text);
                        switch (request.getString("method")) {
                            case "drop" -> {
                                note(request);
                                ws.close((short) 1011, "Dropped");
                                return;
                            }
                            case "ticks" -> {
                                note(request);
                                subscribed(ws, request);
                                return;
                            }
                            case "heldTicks" -> {
                                // held before noted: the test, told of the request, may answer it at once
                                heldSubscriptions.add(() -> subscribed(ws, request));
                                note(request);
                                return;
                            }
                            default -> {
                            }
                        }
                    }
                    String answer = answer(text);
                    if (answer != null) {
                        ws.writeTextMessage(answer);
                    }
                }))
                .requestHandler(request -> request.body().onSuccess(body -> {
                    String answer = answer(body.toString());
                    if (answer != null) {
                        request.response().putHeader("Content-Type", "application/json").end(answer);
                    }
                }))
                .listen(0).toCompletionStage().toCompletableFuture().join();
    }

    int port() {
        return server.actualPort();
    }

    String url(String scheme) {
        return scheme + "://localhost:" + port() + "/rpc";
    }

    /** The next request received, {@code method[params]}; null if none came within 10 seconds. */
    String nextRequest() throws InterruptedException {
        return received.poll(10, TimeUnit.SECONDS);
    }

    void forgetRequests() {
        received.clear();
    }

    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** The answer to a message, null if it holds a {@code hold} (a batch with one waits whole, as a slow server's). */
    private String answer(String message) {
        if (message.startsWith("[")) {
            JsonArray answers = new JsonArray();
            boolean held = false;
            for (Object request : new JsonArray(message)) {
                JsonObject answer = answerOne((JsonObject) request);
                held |= answer == null;
                answers.add(answer);
            }
            return held ? null : answers.encode();
        }
        JsonObject answer = answerOne(new JsonObject(message));
        return answer == null ? null : answer.encode();
    }

    /** Answers the oldest {@code heldTicks} subscription, held until now, as {@code ticks} is answered at once. */
    void answerHeldSubscription() {
        heldSubscriptions.remove().run();
    }

    /** A subscription of its own to ticks, whose first item follows its id: the subscriber knows it is live. */
    private void subscribed(ServerWebSocket ws, JsonObject request) {
        String id = "ticks-" + subscriptions.incrementAndGet();
        ws.writeTextMessage(new JsonObject().put("jsonrpc", "2.0").put("result", id).put("id", request.getValue("id"))
                .encode());
        ws.writeTextMessage(new JsonObject().put("jsonrpc", "2.0").put("method", "rpc.subscription")
                .put("params", new JsonObject().put("subscription", id).put("result", 1)).encode());
    }

    private void note(JsonObject request) {
        JsonArray params = request.getJsonArray("params");
        received.add(request.getString("method") + (params == null ? "[]" : params.encode()));
    }

    private JsonObject answerOne(JsonObject request) {
        note(request);
        String method = request.getString("method");
        JsonArray params = request.getJsonArray("params");
        if (!method.equals("add")) {
            return null;
        }
        return new JsonObject().put("jsonrpc", "2.0").put("result", params.getInteger(0) + params.getInteger(1))
                .put("id", request.getValue("id"));
    }
}
