package io.quarkiverse.jsonrpc.server.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A stream a method returned, delivered as {@code rpc.subscription} notifications: items, then either
 * {@code "complete": true} or an {@code error}.
 */
public final class JsonRpcSubscription {

    /** Queued when the connection ends: nothing comes after it. */
    static final JsonNode NOTHING_MORE = JsonNodeFactory.instance.objectNode();
    /** Queued once {@code rpc.unsubscribe} is answered: the items before it came before the answer. */
    private static final JsonNode UNSUBSCRIBED = JsonNodeFactory.instance.objectNode();

    private final JsonRpcTestClient client;
    private final String id;
    private final BlockingQueue<JsonNode> messages;
    /** What ended it, read again by every later call: the answer to the unsubscribe, the completion or the error. */
    private JsonNode end;

    JsonRpcSubscription(JsonRpcTestClient client, String id, BlockingQueue<JsonNode> messages) {
        this.client = client;
        this.id = id;
        this.messages = messages;
    }

    /** The subscription id, the result of the call that opened it. */
    public String id() {
        return id;
    }

    /**
     * The next item.
     *
     * @throws AssertionError when the stream completes instead, or nothing arrives in time; at once, every time, once it
     *         has ended
     * @throws JsonRpcErrorException when the stream fails instead, every time once it has
     */
    public JsonNode next() {
        JsonNode message = take();
        if (message == UNSUBSCRIBED) {
            end = message;
            throw new AssertionError("Nothing more on subscription " + id + ": it was unsubscribed, and every item"
                    + " sent before has been read");
        }
        if (message.has("result")) {
            return message.get("result");
        }
        end = message;
        if (message.has("error")) {
            throw JsonRpcErrorException.of(message.get("error"), client.codec.mapper);
        }
        throw new AssertionError("Subscription " + id + " completed where an item was expected");
    }

    public <T> T next(Class<T> type) {
        return client.codec.convert(next(), type);
    }

    /**
     * Every item up to the stream's completion, or, after {@link #unsubscribe()}, those that came before its answer;
     * once it has ended, none.
     *
     * @throws JsonRpcErrorException when the stream fails
     */
    public List<JsonNode> awaitItems() {
        List<JsonNode> items = new ArrayList<>();
        while (true) {
            JsonNode message = take();
            if (message == UNSUBSCRIBED) {
                end = message;
                return items;
            }
            if (message.has("result")) {
                items.add(message.get("result"));
                continue;
            }
            end = message;
            if (message.has("error")) {
                throw JsonRpcErrorException.of(message.get("error"), client.codec.mapper);
            }
            return items;
        }
    }

    /**
     * Waits for the stream to fail, skipping items, and returns its error.
     *
     * @throws AssertionError when it completes instead
     */
    public JsonRpcErrorException awaitError() {
        try {
            awaitItems();
        } catch (JsonRpcErrorException e) {
            return e;
        }
        throw new AssertionError("Subscription " + id + " completed where an error was expected");
    }

    /**
     * Ends the subscription with {@code rpc.unsubscribe}; {@code false} when the server no longer had it. The items
     * that came before the answer are still read by {@link #next()} and {@link #awaitItems()}; then {@code next()}
     * fails at once, and {@code awaitItems()} returns.
     */
    public boolean unsubscribe() {
        boolean unsubscribed = client.call(boolean.class, "rpc.unsubscribe", id);
        client.unsubscribed(id);
        messages.add(UNSUBSCRIBED);
        return unsubscribed;
    }

    private JsonNode take() {
        if (end != null) {
            return end;
        }
        try {
            JsonNode message = messages.poll(client.timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("Nothing received on subscription " + id + " within " + client.timeout);
            }
            if (message == NOTHING_MORE) {
                messages.add(NOTHING_MORE);
                throw new AssertionError("Nothing more on subscription " + id + ": " + client.closedBecause());
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting on subscription " + id, e);
        }
    }
}
