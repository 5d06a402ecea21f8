package io.quarkiverse.jsonrpc.client.test;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
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
     * message as its body, and a {@code location}, where not {@code null}, in its {@code Location} header; over a
     * WebSocket it sends each message, as a binary one when {@code binary}. {@code ID} in a message or a location
     * stands for the request's id. Status 0 hangs up: the connection closes with no answer; status -1 says nothing,
     * leaving the request unanswered and the connection open.
     */
    record Reply(int status, String contentType, List<String> messages, boolean binary, String location) {

        static Reply json(String... messages) {
            return new Reply(200, "application/json", List.of(messages), false, null);
        }

        static Reply page(int status, String html) {
            return new Reply(status, "text/html", List.of(html), false, null);
        }

        static Reply binary(String message) {
            return new Reply(200, "application/octet-stream", List.of(message), true, null);
        }

        static Reply hangUp() {
            return new Reply(0, null, List.of(), false, null);
        }

        static Reply silence() {
            return new Reply(-1, null, List.of(), false, null);
        }

        /**
         * A redirect, without a body, over HTTP. A {@code GET} of the server answers the JSON-RPC response of the id
         * and result of its query, as where a {@code 303} tells a client to get the answer: {@code ?id=ID&result=42}.
         */
        static Reply redirect(int status, String location) {
            return new Reply(status, "text/plain", List.of(""), false, location);
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    /** The replies to the next requests, each taken by one; none: a good answer. */
    private final Queue<Reply> next = new ConcurrentLinkedQueue<>();
    /** The HTTP requests since the last reply scripted, as {@code POST /rpc}. */
    private final List<String> requests = new CopyOnWriteArrayList<>();
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
                .requestHandler(request -> request.body().onSuccess(body -> {
                    requests.add(request.method() + " " + request.uri());
                    if (request.method() == HttpMethod.GET) {
                        request.response().putHeader("Content-Type", "application/json").end("{\"jsonrpc\":\"2.0\","
                                + "\"result\":" + request.getParam("result") + ",\"id\":" + request.getParam("id") + "}");
                    } else {
                        answer(request, firstRequest(body.toString()));
                    }
                }))
                .listen(0).toCompletionStage().toCompletableFuture().join();
    }

    String url(String scheme) {
        return scheme + "://localhost:" + server.actualPort() + "/rpc";
    }

    int port() {
        return server.actualPort();
    }

    /** Scripts the reply to the next request; null for a good answer. */
    void next(Reply reply) {
        script(reply == null ? new Reply[0] : new Reply[] { reply });
    }

    /** Scripts the replies to the next requests, one each, in order; a good answer to those after. */
    void script(Reply... replies) {
        next.clear();
        next.addAll(List.of(replies));
        answersFromClient.clear();
        requests.clear();
    }

    /** The HTTP requests since the replies were scripted, as {@code POST /rpc}. */
    List<String> requests() {
        return List.copyOf(requests);
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
        Reply scripted = next.poll();
        if (scripted != null) {
            return scripted;
        }
        JsonArray params = request.getJsonArray("params");
        return Reply.json("{\"jsonrpc\":\"2.0\",\"result\":" + (params.getInteger(0) + params.getInteger(1))
                + ",\"id\":ID}");
    }

    private void answer(ServerWebSocket ws, JsonObject request) {
        Reply reply = replyTo(request);
        if (reply.status() == -1) {
            return;
        }
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
        if (reply.status() == -1) {
            return;
        }
        if (reply.status() == 0) {
            request.connection().close();
            return;
        }
        if (reply.location() != null) {
            request.response().setStatusCode(reply.status())
                    .putHeader("Location", reply.location().replace("ID", String.valueOf(call.getValue("id")))).end();
            return;
        }
        request.response().setStatusCode(reply.status()).putHeader("Content-Type", reply.contentType())
                .end(reply.messages().get(0).replace("ID", String.valueOf(call.getValue("id"))));
    }
}
