package io.quarkiverse.jsonrpc.server.runtime.devui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import jakarta.inject.Singleton;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.spi.CallListener;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;

/** The last calls the engine answered, for the Dev UI, and a stream of the next ones. A dev mode bean only. */
@Singleton
public class RecentCalls implements CallListener {

    /** How many calls are kept. */
    static final int CAPACITY = 50;

    private final Deque<RecentCall> calls = new ArrayDeque<>(CAPACITY);
    private final BroadcastProcessor<RecentCall> next = BroadcastProcessor.create();

    @Override
    public Call onStart(Request request) {
        long startedAt = System.currentTimeMillis();
        String method = request.method();
        String endpoint = request.endpoint();
        JsonRpcTransport transport = request.transport();
        // an id of null is shown as such: the request is answered, unlike a notification
        String requestId = request.isNotification() ? null : String.valueOf(request.id());
        return new Call() {
            @Override
            public void onEnd(int errorCode, String errorMessage, long durationNanos) {
                add(errorCode == 0 ? "result" : "error", errorCode, errorMessage, durationNanos);
            }

            @Override
            public void onCancel(long durationNanos) {
                add("cancelled", 0, null, durationNanos);
            }

            private void add(String outcome, int errorCode, String errorMessage, long durationNanos) {
                RecentCalls.this.add(new RecentCall(startedAt, method, endpoint, requestId, transport.name(),
                        durationNanos / 1_000_000.0, outcome, errorCode, errorMessage));
            }
        };
    }

    /** The kept calls, the latest first. */
    public List<RecentCall> list() {
        synchronized (calls) {
            return new ArrayList<>(calls);
        }
    }

    /**
     * The kept calls, the oldest first, then every call from then on: what a page shows, with no call missed or shown
     * twice, as a call that ends between a read of the list and a subscription to the next ones would be.
     */
    public Multi<RecentCall> stream() {
        return Multi.createFrom().emitter(emitter -> {
            // under the lock calls are added under: none between the kept ones and the next
            synchronized (calls) {
                calls.descendingIterator().forEachRemaining(emitter::emit);
                Cancellable following = next.subscribe().with(emitter::emit, emitter::fail, emitter::complete);
                emitter.onTermination(following::cancel);
            }
        });
    }

    public void clear() {
        synchronized (calls) {
            calls.clear();
        }
    }

    private void add(RecentCall call) {
        // one at a time: calls end on many threads, and a stream's items must not overlap
        synchronized (calls) {
            if (calls.size() == CAPACITY) {
                calls.removeLast();
            }
            calls.addFirst(call);
            next.onNext(call);
        }
    }

    /**
     * One answered call.
     *
     * @param startedAt when it started, in epoch milliseconds
     * @param method the method name as the client sent it
     * @param endpoint the path of the {@code @JsonRpcEndpoint} it came to; {@code null} for the configured paths
     * @param id the request id, {@code "null"} for an id of {@code null}, {@code null} for a notification
     * @param transport {@code WEBSOCKET} or {@code HTTP}
     * @param durationMillis from the request to the response
     * @param outcome {@code result}, {@code error}, or {@code cancelled} when its connection closed first
     * @param errorCode the JSON-RPC error code, 0 for a result or a cancellation
     * @param errorMessage the error's message, {@code null} for a result
     */
    public record RecentCall(long startedAt, String method, String endpoint, String id, String transport, double durationMillis,
            String outcome, int errorCode, String errorMessage) {
    }
}
