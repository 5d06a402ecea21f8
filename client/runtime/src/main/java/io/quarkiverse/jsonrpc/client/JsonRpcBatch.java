package io.quarkiverse.jsonrpc.client;

import java.util.function.Consumer;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;

/**
 * Several calls of one client sent as one JSON-RPC batch, each answered in its {@link Entry}, by position.
 *
 * <pre>
 * JsonRpcBatch&lt;Calc&gt; batch = JsonRpcBatch.of(calc);
 * JsonRpcBatch.Entry&lt;Integer&gt; difference = batch.add(c -&gt; c.subtract(42, 23));
 * JsonRpcBatch.Entry&lt;Integer&gt; sum = batch.add(c -&gt; c.sum(1, 2, 4));
 * batch.sendAndAwait();
 * difference.get(); // 19, or the call's JsonRpcClientException
 * </pre>
 *
 * Only methods returning a plain value, {@code void}, or notifications can be batched: the entry holds the result.
 *
 * @param <T> the client interface
 */
public interface JsonRpcBatch<T> {

    /** A new, empty batch of the given client (injected or built). */
    @SuppressWarnings("unchecked")
    static <T> JsonRpcBatch<T> of(T client) {
        if (!(client instanceof JsonRpcClientControl control)) {
            throw new IllegalArgumentException(client + " is not a JSON-RPC client: inject it with @JsonRpcClient or"
                    + " create it with JsonRpcClientBuilder");
        }
        return (JsonRpcBatch<T>) control.newBatch();
    }

    /** Adds the one call {@code call} makes on the client; its result arrives in the returned entry. */
    <R> Entry<R> add(Function<T, R> call);

    /**
     * Adds a call of a {@code void} method or a notification. A call's entry tells whether it failed; a notification's,
     * which nothing answers, is done as it is added and holds no failure.
     */
    Entry<Void> addVoid(Consumer<T> call);

    /** The number of calls added. */
    int size();

    /**
     * Sends the batch; completes when every entry has its answer, or fails when the batch got none. A batch without
     * calls fails at once with an {@code IllegalStateException}: JSON-RPC has no empty batch.
     */
    Uni<Void> send();

    /** Sends the batch and waits for every answer; not on the event loop. */
    void sendAndAwait();

    /** The answer of one call of a batch. */
    interface Entry<R> {

        /**
         * The call's result. When it failed, throws what the interface's {@link JsonRpcClientExceptionMapper} makes of
         * the server's error, else its {@link JsonRpcClientException}, or the failure that left it without an answer
         * (a timeout, a lost connection).
         *
         * @throws IllegalStateException before the batch is answered
         */
        R get();

        /** The server's error; {@code null} when the call succeeded, or failed without an answer. */
        JsonRpcClientException error();

        /** Whether the call is answered, or failed without an answer; a notification's entry is, as it is added. */
        boolean isDone();
    }
}
