package io.quarkiverse.jsonrpc.server.testing;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One WebSocket connection. What arrives is sorted as it arrives: a response goes to the call waiting for its id,
 * a subscription item to its subscription, any other notification to the notification queue.
 */
final class WebSocketTestClient extends JsonRpcTestClient implements FrameSocket.Listener {

    private static final String SUBSCRIPTION_ITEM = "rpc.subscription";

    private final CallIds pending = new CallIds(codec);
    private final BlockingQueue<Notification> notifications = new LinkedBlockingQueue<>();
    // by subscription id, created by whichever comes first: the call's response or the first item
    private final Map<String, BlockingQueue<JsonNode>> subscriptions = new ConcurrentHashMap<>();
    /** The messages no call waits for, nor the notification queue takes: for {@link #exchange(String)}. */
    private final List<String> unmatched = new ArrayList<>();
    /** Set, under the lock of {@link #unmatched}, when the connection has ended. */
    private boolean ended;
    /** Queued among the notifications when the connection ends. */
    private static final Notification NO_MORE_NOTIFICATIONS = new Notification("", null, null);
    /** What {@link #takeUnmatched} returns once the connection has ended: no response comes after it. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String CLOSED = new String("the connection closed");
    /** The batches waiting, oldest first, for an error that refuses one as a whole. */
    private final Queue<CompletableFuture<JsonNode>> refusable = new ConcurrentLinkedQueue<>();
    private volatile FrameSocket socket;
    private volatile String closedBecause;

    private WebSocketTestClient(ObjectMapper mapper, Duration timeout) {
        super(mapper, timeout);
    }

    static WebSocketTestClient connect(URI endpoint, Map<String, String> headers, ObjectMapper mapper,
            Duration timeout, SSLContext tls) {
        WebSocketTestClient client = new WebSocketTestClient(mapper, timeout);
        client.socket = FrameSocket.connect(endpoint, headers, timeout, tls, client);
        return client;
    }

    @Override
    JsonNode roundTrip(ObjectNode request) {
        CompletableFuture<JsonNode> response = new CompletableFuture<>();
        long id = pending.add(request, response);
        try {
            sendText(codec.write(request), "No response");
            return await(response, "the response to " + request);
        } finally {
            pending.remove(List.of(id));
        }
    }

    /**
     * A batch is answered by the responses of its calls, or refused as a whole (empty, over the server's limit, batches
     * turned off) by one error whose id is null: such an error goes to the oldest batch waiting. A batch of
     * notifications only is answered by nothing, unless refused: a probe call closes the wait, the refusal comes
     * before its answer.
     */
    @Override
    JsonNode roundTripBatch(ArrayNode batch, List<Long> ids) {
        CompletableFuture<JsonNode> response = new CompletableFuture<>();
        pending.add(batch, ids, response);
        refusable.add(response);
        try {
            sendText(codec.write(batch), "No response");
            if (ids.isEmpty() && !batch.isEmpty()) {
                roundTrip(codec.request("rpc.probe", null));
                // a refusal came before the probe's answer; a connection that ended after it refused nothing
                return response.isCompletedExceptionally() ? null : response.getNow(null);
            }
            return await(response, batch.isEmpty() ? "the response to an empty batch" : "the response to " + batch);
        } finally {
            pending.remove(ids);
            refusable.remove(response);
        }
    }

    @Override
    void send(ObjectNode notification) {
        sendText(codec.write(notification), "Cannot send");
    }

    /**
     * Over WebSocket, the response among the messages that answer no call of this client and are no notification: for
     * a request, the one with its id (or a null id, as an error about the whole message has), so that exchanges from
     * several threads get their own; for a batch, a batch response; for anything else, the next such message. A
     * notification (or a batch of them) gets no response: a probe call follows it, and a refusal of it (an error whose
     * id is null) came before the probe's answer; a late answer to a call that timed out is no answer to it. Another
     * message that gets no response makes this wait the whole timeout, then return null.
     *
     * @throws AssertionError when the connection closes before a response comes
     */
    @Override
    public String exchange(String message) {
        // an answer with one of these ids is this exchange's, not a typed call's
        List<Long> ids = CallIds.integralIds(parsedOrNull(message));
        pending.reserve(ids, timeout);
        try {
            sendText(message, isNotification(message) ? "Cannot send" : "No response");
            if (isNotification(message)) {
                roundTrip(codec.request("rpc.probe", null));
                // what came before the probe's answer; an end of the connection after it is no answer
                String answer = takeUnmatched(this::isRefusal, Duration.ZERO);
                return answer == CLOSED ? null : answer;
            }
            String answer = takeUnmatched(answers(message), timeout);
            if (answer == CLOSED) {
                throw new AssertionError("No response: " + closedBecause);
            }
            return answer;
        } finally {
            pending.release(ids);
        }
    }

    /** Which of the unmatched messages answers this one. */
    private Predicate<String> answers(String message) {
        JsonNode sent;
        try {
            sent = codec.mapper.readTree(message);
        } catch (JsonProcessingException e) {
            return any -> true;
        }
        if (sent != null && sent.isObject() && sent.has("id")) {
            JsonNode id = sent.get("id");
            return received -> {
                JsonNode json = parsedOrNull(received);
                return json == null || json.isObject() && !json.has("method")
                        && (json.path("id").isNull() || json.path("id").isMissingNode() || id.equals(json.get("id")));
            };
        }
        if (sent != null && sent.isArray() && !sent.isEmpty()) {
            return received -> {
                JsonNode json = parsedOrNull(received);
                return json == null || json.isArray()
                        || json.isObject() && !json.has("method") && json.path("id").isNull();
            };
        }
        return any -> true;
    }

    /** What a server answers a message it could not read (or not take as a whole): an error without an id. */
    private boolean isRefusal(String received) {
        JsonNode json = parsedOrNull(received);
        return json == null || json.isObject() && !json.has("method")
                && (json.path("id").isNull() || json.path("id").isMissingNode());
    }

    private JsonNode parsedOrNull(String text) {
        try {
            return codec.mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * The first unmatched message that {@code answers}, waiting up to {@code wait}; {@link #CLOSED} when the connection
     * has ended and none of the messages that came before it does; {@code null} when none came in time.
     */
    private String takeUnmatched(Predicate<String> answers, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (unmatched) {
            while (true) {
                for (Iterator<String> messages = unmatched.iterator(); messages.hasNext();) {
                    String message = messages.next();
                    if (answers.test(message)) {
                        messages.remove();
                        return message;
                    }
                }
                if (ended) {
                    return CLOSED;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(unmatched, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted while waiting for a response", e);
                }
            }
        }
    }

    private void addUnmatched(String text) {
        synchronized (unmatched) {
            unmatched.add(text);
            unmatched.notifyAll();
        }
    }

    /** A notification or a batch of notifications only: messages a server answers with nothing. */
    private boolean isNotification(String message) {
        JsonNode json;
        try {
            json = codec.mapper.readTree(message);
        } catch (JsonProcessingException e) {
            return false;
        }
        if (json == null || json.isArray() && json.isEmpty()) {
            return false;
        }
        for (JsonNode item : json.isArray() ? json : List.of(json)) {
            if (!item.isObject() || !item.path("method").isTextual() || item.has("id")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Notification pollNotification(Duration timeout) {
        try {
            Notification notification = notifications.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (notification == NO_MORE_NOTIFICATIONS) {
                notifications.add(NO_MORE_NOTIFICATIONS);
                return null;
            }
            return notification;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a notification", e);
        }
    }

    @Override
    public void assertNoNotification() {
        // the probe is answered after whatever the server sent before handling it: those are dispatched by then
        roundTrip(codec.request("rpc.probe", null));
        List<Notification> received = new ArrayList<>();
        notifications.drainTo(received);
        if (received.remove(NO_MORE_NOTIFICATIONS)) {
            notifications.add(NO_MORE_NOTIFICATIONS);
        }
        if (!received.isEmpty()) {
            throw new AssertionError("Expected no notification, but received " + received);
        }
    }

    @Override
    public JsonRpcSubscription subscribe(String method, Object... params) {
        JsonNode id = call(method, params);
        if (!id.isTextual()) {
            throw new AssertionError(method + " returned " + id + ", not a subscription id");
        }
        return new JsonRpcSubscription(this, id.asText(), subscriptionQueue(id.asText()));
    }

    @Override
    public void close() {
        socket.close(1000, "");
    }

    // --- FrameSocket.Listener, called by one thread at a time

    @Override
    public void onText(ReceivedMessage received) {
        String text = received.text();
        JsonNode message;
        try {
            message = codec.parse(text);
        } catch (JsonProcessingException e) {
            addUnmatched(text);
            return;
        }
        if (message.isArray()) {
            for (JsonNode response : message) {
                CompletableFuture<JsonNode> batch = pending.call(response.path("id").asLong(Long.MIN_VALUE));
                if (batch != null && response.path("id").isIntegralNumber() && !response.has("method")) {
                    batch.complete(message);
                    return;
                }
            }
            addUnmatched(text);
        } else if (message.has("method") && !message.has("id")) {
            JsonNode params = message.get("params");
            if (SUBSCRIPTION_ITEM.equals(message.get("method").asText()) && params != null
                    && params.path("subscription").isTextual()) {
                subscriptionQueue(params.get("subscription").asText()).add(params);
            } else {
                notifications.add(new Notification(message.get("method").asText(), params, codec.mapper));
            }
        } else {
            // a request from the server (a method and an id) answers no call, whatever its id
            JsonNode id = message.path("id");
            CompletableFuture<JsonNode> call = message.has("method") ? null
                    : id.isIntegralNumber() ? pending.call(id.asLong())
                            : (id.isNull() || id.isMissingNode()) && message.has("error") ? refusable.poll() : null;
            if (call != null) {
                call.complete(message);
            } else {
                addUnmatched(text);
            }
        }
    }

    @Override
    public void onClose(CloseStatus status) {
        closedBecause = "the connection closed: " + status;
        pending.calls().forEach(call -> call.completeExceptionally(new AssertionError("No response: " + closedBecause)));
        refusable.forEach(batch -> batch.completeExceptionally(new AssertionError("No response: " + closedBecause)));
        synchronized (unmatched) {
            ended = true;
            unmatched.notifyAll();
        }
        // wakes the waits for what the server sends by itself: nothing more comes
        notifications.add(NO_MORE_NOTIFICATIONS);
        subscriptions.values().forEach(queue -> queue.add(JsonRpcSubscription.NOTHING_MORE));
    }

    private BlockingQueue<JsonNode> subscriptionQueue(String id) {
        BlockingQueue<JsonNode> queue = subscriptions.computeIfAbsent(id, i -> new LinkedBlockingQueue<>());
        if (closedBecause != null) {
            // created as the connection ended, maybe after onClose woke the others
            queue.add(JsonRpcSubscription.NOTHING_MORE);
        }
        return queue;
    }

    @Override
    void unsubscribed(String subscriptionId) {
        // a server may give the id to a later subscription, which gets a queue of its own
        subscriptions.remove(subscriptionId);
    }

    @Override
    String closedBecause() {
        return closedBecause;
    }

    /**
     * Sends a message; where the connection has closed, fails with {@code failure: the connection closed: <code>
     * <reason>}, however far the closing has got: the socket may know of the close before this client is told.
     */
    private void sendText(String text, String failure) {
        String because = closedBecause;
        if (because == null) {
            try {
                socket.sendText(text);
                return;
            } catch (FrameSocket.NotSentInTime timedOut) {
                throw timedOut;
            } catch (AssertionError notSent) {
                CloseStatus status = socket.closeStatus();
                if (status == null) {
                    throw notSent;
                }
                because = "the connection closed: " + status;
            }
        }
        throw new AssertionError(failure + ": " + because);
    }

    private <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            throw new AssertionError("Failed waiting for " + what + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + what, e);
        }
    }
}
