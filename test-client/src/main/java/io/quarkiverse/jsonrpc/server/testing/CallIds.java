package io.quarkiverse.jsonrpc.server.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The integral ids a WebSocket connection's answers are awaited with: its typed calls', numbered by the codec, and
 * those of the messages a test writes itself for {@link JsonRpcTestClient#exchange}, which may be any number. An answer
 * goes to one of them only, so they never share an id: a typed call takes another number than an exchange's in flight,
 * and an exchange with the id of a typed call in flight waits until that call has its answer.
 */
final class CallIds {

    private final JsonRpcCodec codec;
    private final Map<Long, CompletableFuture<JsonNode>> calls = new ConcurrentHashMap<>();
    /** The ids of the exchanges in flight, once for each exchange that has it; guarded by this. */
    private final List<Long> exchanged = new ArrayList<>();

    CallIds(JsonRpcCodec codec) {
        this.codec = codec;
    }

    /** The ids that are integers of a message, or of the messages of a batch; none when it is no JSON. */
    static List<Long> integralIds(JsonNode message) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : message == null ? List.<JsonNode> of() : message.isArray() ? message : List.of(message)) {
            if (item.path("id").isIntegralNumber()) {
                ids.add(item.get("id").asLong());
            }
        }
        return ids;
    }

    /** The typed call waiting for the answer with this id; {@code null} when none does. */
    CompletableFuture<JsonNode> call(long id) {
        return calls.get(id);
    }

    Collection<CompletableFuture<JsonNode>> calls() {
        return calls.values();
    }

    /** A typed request waits for its answer, renumbered first if an exchange has its id; its id. */
    synchronized long add(ObjectNode request, CompletableFuture<JsonNode> answer) {
        long id = ownId(request);
        calls.put(id, answer);
        return id;
    }

    /** The requests of a typed batch wait for its answer, renumbered first (in {@code ids} too) as {@link #add}. */
    synchronized void add(ArrayNode batch, List<Long> ids, CompletableFuture<JsonNode> answer) {
        for (JsonNode message : batch) {
            if (message.has("id")) {
                long id = message.get("id").asLong();
                ids.set(ids.indexOf(id), ownId((ObjectNode) message));
            }
        }
        ids.forEach(id -> calls.put(id, answer));
    }

    private long ownId(ObjectNode request) {
        long id = request.get("id").asLong();
        while (exchanged.contains(id)) {
            id = codec.nextId();
            request.put("id", id);
        }
        return id;
    }

    synchronized void remove(Collection<Long> ids) {
        ids.forEach(calls::remove);
        notifyAll();
    }

    /**
     * Takes the ids of an exchange, once no typed call waits with one of them, waiting at most {@code wait} for that.
     *
     * @throws AssertionError when a typed call still waits with one of them then
     */
    synchronized void reserve(List<Long> ids, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        for (Long taken = firstTaken(ids); taken != null; taken = firstTaken(ids)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("The exchange has the id " + taken + " of a call of this client still"
                        + " waiting for its answer after " + wait + ": give the exchange another id");
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for the call with id " + taken, e);
            }
        }
        exchanged.addAll(ids);
    }

    private Long firstTaken(List<Long> ids) {
        return ids.stream().filter(calls::containsKey).findFirst().orElse(null);
    }

    /** Gives back the ids {@link #reserve} took, once each. */
    synchronized void release(List<Long> ids) {
        for (Long id : ids) {
            exchanged.remove(id); // the element, not the index
        }
    }
}
