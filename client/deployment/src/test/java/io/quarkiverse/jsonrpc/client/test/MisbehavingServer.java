package io.quarkiverse.jsonrpc.client.test;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A raw Vert.x server of {@code add(a, b)} over HTTP and WebSocket, on a free port, whose reply to the next request a
 * test scripts ({@link #next(Reply)}); it answers every other request well. Raw, because a JSON-RPC server would not
 * misbehave on demand.
 */
final class MisbehavingServer {

    /**
     * What the server does with a request in place of a good answer. Over HTTP it answers {@code status} with the one
     * message as its body; over a WebSocket it sends each message, as a binary one when {@code binary}. {@code ID} in a
     * message stands for the request's id. Status 0 hangs up: the connection closes with no answer.
     */
    record Reply(int status, String contentType, List<String> messages, boolean binary) {

        static Reply json(String... messages) {
            return new Reply(200, "application/json", List.of(messages), false);
        }

        static Reply page(int status, String html) {
            return new Reply(status, "text/html", List.of(html), false);
        }

        static Reply binary(String message) {
            return new Reply(200, "application/octet-stream", List.of(message), true);
        }

        static Reply hangUp() {
            return new Reply(0, null, List.of(), false);
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    /** The reply to the next request, taken by it; null: a good answer. */
    private final AtomicReference<Reply> next = new AtomicReference<>();
    /** What the client sent over a WebSocket that asks nothing: its answers to the server's requests. */
    final BlockingQueue<String> answersFromClient = new LinkedBlockingQueue<>();

    MisbehavingServer() {
        server = vertx.createHttpServer()
                .webSocketHandler(ws -> ws.textMessageHandler(text -> {
                    JsonObject request = firstRequest(text);
                    if (request != null) {
                        answer(ws, request);
                    } else {
                        answersFromClient.add(text);
                    }
                }))
                .requestHandler(request -> request.body()
                        .onSuccess(body -> answer(request, firstRequest(body.toString()))))
                .listen(0).toCompletionStage().toCompletableFuture().join();
    }

    String url(String scheme) {
        return scheme + "://localhost:" + server.actualPort() + "/rpc";
    }

    /** Scripts the reply to the next request; null for a good answer. */
    void next(Reply reply) {
        next.set(reply);
        answersFromClient.clear();
    }

    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** The request, or a batch's first; null for a message that asks nothing. */
    private static JsonObject firstRequest(String message) {
        JsonObject first = message.startsWith("[") ? new JsonArray(message).getJsonObject(0) : new JsonObject(message);
        return first.containsKey("method") ? first : null;
    }

    /** The next request's reply, as scripted, else a good answer: the sum of the params. */
    private Reply replyTo(JsonObject request) {
        Reply scripted = next.getAndSet(null);
        if (scripted != null) {
            return scripted;
        }
        JsonArray params = request.getJsonArray("params");
        return Reply.json("{\"jsonrpc\":\"2.0\",\"result\":" + (params.getInteger(0) + params.getInteger(1))
                + ",\"id\":ID}");
    }

    private void answer(ServerWebSocket ws, JsonObject request) {
        Reply reply = replyTo(request);
        if (reply.status() == 0) {
            ws.close((short) 1011, "Server restarting");
            return;
        }
        for (String message : reply.messages()) {
            String text = message.replace("ID", String.valueOf(request.getValue("id")));
            if (reply.binary()) {
                ws.writeBinaryMessage(Buffer.buffer(text));
            } else {
                ws.writeTextMessage(text);
            }
        }
    }

    private void answer(HttpServerRequest request, JsonObject call) {
        Reply reply = replyTo(call);
        if (reply.status() == 0) {
            request.connection().close();
            return;
        }
        request.response().setStatusCode(reply.status()).putHeader("Content-Type", reply.contentType())
                .end(reply.messages().get(0).replace("ID", String.valueOf(call.getValue("id"))));
    }
}
