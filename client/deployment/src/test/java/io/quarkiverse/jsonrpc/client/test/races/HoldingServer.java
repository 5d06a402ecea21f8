package io.quarkiverse.jsonrpc.client.test.races;

import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Promise;
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
 * when the test says. Upgrades can be held too ({@link #holdUpgrades()}): a server slow to accept a connection.
 */
final class HoldingServer {

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final AtomicInteger subscriptions = new AtomicInteger();
    private final Queue<Runnable> heldSubscriptions = new ConcurrentLinkedQueue<>();
    /** The WebSocket upgrades held, answered when the test says; none held unless it asked. */
    private volatile BlockingQueue<Promise<Integer>> heldUpgrades;

    HoldingServer() {
        server = vertx.createHttpServer()
                .webSocketHandler(ws -> {
                    BlockingQueue<Promise<Integer>> holding = heldUpgrades;
                    if (holding != null) {
                        Promise<Integer> upgrade = Promise.promise();
                        ws.setHandshake(upgrade.future());
                        holding.add(upgrade);
                    }
                    handle(ws);
                })
                .requestHandler(request -> request.body().onSuccess(body -> {
                    String answer = answer(body.toString());
                    if (answer != null) {
                        request.response().putHeader("Content-Type", "application/json").end(answer);
                    }
                }))
                .listen(0).toCompletionStage().toCompletableFuture().join();
    }

    /** Notes and answers the requests of a connection. */
    private void handle(ServerWebSocket ws) {
        ws.textMessageHandler(text -> {
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
        });
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

    /** From now on, each WebSocket upgrade waits, held, for the test: see {@link #heldUpgrade()}. */
    void holdUpgrades() {
        heldUpgrades = new LinkedBlockingQueue<>();
    }

    /**
     * The oldest upgrade held, once one came (null if none did within 10 seconds): running it accepts the upgrade.
     * The upgrades after it are not held.
     */
    Runnable heldUpgrade() throws InterruptedException {
        Promise<Integer> upgrade = heldUpgrades.poll(10, TimeUnit.SECONDS);
        heldUpgrades = null;
        return upgrade == null ? null : () -> upgrade.complete(101);
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
