package io.quarkiverse.jsonrpc.client.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkiverse.jsonrpc.client.JsonRpcBatch;
import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.JsonRpcTimeoutException;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.client.runtime.protocol.Incoming;
import io.quarkiverse.jsonrpc.client.runtime.protocol.MessageWriter;
import io.quarkiverse.jsonrpc.client.runtime.protocol.Params;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ResponseHandler;
import io.quarkiverse.jsonrpc.client.runtime.transport.MessageObservation;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

/**
 * A batch recorded through a second instance of the generated implementation: each call made on it is noted, not
 * sent, and the whole is sent as one JSON array.
 */
final class DefaultJsonRpcBatch<T> implements JsonRpcBatch<T> {

    private static final String CANCELLED = "The batch was cancelled before its answer arrived";

    private final ClientCore core;
    private final T recorder;
    private final List<Call<?>> calls = new ArrayList<>();
    private final AtomicBoolean sent = new AtomicBoolean();
    private Call<?> lastRecorded;

    @SuppressWarnings("unchecked")
    DefaultJsonRpcBatch(ClientCore core, GeneratedClient client) {
        this.core = core;
        this.recorder = (T) client.newInstance().recordInto(core, this);
    }

    Object record(int index, Object[] args) {
        CallSpec spec = core.spec(index);
        if (spec.kind() != CallKind.BLOCKING && spec.kind() != CallKind.BLOCKING_VOID
                && spec.kind() != CallKind.NOTIFICATION) {
            throw new IllegalArgumentException(spec.javaMethod() + " cannot be part of a batch: only methods"
                    + " returning a plain value, void, or notifications can; call it on its own");
        }
        if (lastRecorded != null) {
            // each entry is one call, whose result the entry gives: a second one would replace the first unseen
            throw new IllegalArgumentException("The lambda given to the batch called " + lastRecorded.spec.javaMethod()
                    + " and then " + spec.javaMethod() + ": call one method per add(...), and add each call");
        }
        // written as the call is added: the batch is sent later, and its arguments may have changed by then
        lastRecorded = new Call<>(core, spec, core.reader(index), core.writer().now(core.params(spec, args)),
                spec.kind() == CallKind.NOTIFICATION ? null : core.nextId());
        return defaultValue(spec.primitiveResult());
    }

    private static Object defaultValue(String primitive) {
        if (primitive == null) {
            return null;
        }
        return switch (primitive) {
            case "boolean" -> Boolean.FALSE;
            case "char" -> (char) 0;
            case "byte" -> (byte) 0;
            case "short" -> (short) 0;
            case "int" -> 0;
            case "long" -> 0L;
            case "float" -> 0f;
            default -> 0d;
        };
    }

    @Override
    public <R> Entry<R> add(Function<T, R> call) {
        return addRecorded(() -> call.apply(recorder));
    }

    @Override
    public Entry<Void> addVoid(Consumer<T> call) {
        return addRecorded(() -> call.accept(recorder));
    }

    @SuppressWarnings("unchecked")
    private synchronized <R> Entry<R> addRecorded(Runnable call) {
        if (sent.get()) {
            throw new IllegalStateException("This batch was already sent: make a new one");
        }
        lastRecorded = null;
        try {
            call.run();
        } catch (RuntimeException e) {
            lastRecorded = null;
            throw e;
        }
        Call<?> recorded = lastRecorded;
        if (recorded == null) {
            throw new IllegalArgumentException("The lambda given to the batch called no method of the client");
        }
        lastRecorded = null;
        calls.add(recorded);
        return (Entry<R>) recorded;
    }

    @Override
    public int size() {
        return calls.size();
    }

    @Override
    public Uni<Void> send() {
        return OnCallersContext.of(sent());
    }

    private Uni<Void> sent() {
        return Uni.createFrom().emitter(emitter -> {
            if (!sent.compareAndSet(false, true)) {
                emitter.fail(new IllegalStateException("This batch was already sent: make a new one"));
                return;
            }
            if (calls.isEmpty()) {
                // JSON-RPC has no empty batch: a server answers [] with -32600 Invalid Request
                emitter.fail(new IllegalStateException("This batch has no calls: add one before sending it"));
                return;
            }
            List<MessageWriter.Message> messages = new ArrayList<>(calls.size());
            Map<Long, ResponseHandler> awaiting = new HashMap<>();
            for (Call<?> call : calls) {
                messages.add(new MessageWriter.Message(call.spec.name(), call.params, call.id));
                if (call.id != null) {
                    awaiting.put(call.id, call);
                }
            }
            // the answers come as one: the batch waits as long as its most patient call (its most patient notification
            // where it has no call), without end if one has none
            long timeout = patience(awaiting.isEmpty() ? calls : calls.stream().filter(c -> c.id != null).toList());
            ObservedCalls.Started started = core.observed().start(core.settings(), core.recorded().endpoint(),
                    "rpc.batch", null);
            observeCalls(started);
            // as a call's: the batch's subscriber gave up (an await's atMost ran out), so its entries end, and with
            // them the exchange or the pending entries they leave behind; run at once if it gave up already
            emitter.onTermination(() -> giveUp(awaiting));
            if (ResponseHandler.noneWaiting(awaiting)) {
                CancellationException cancelled = new CancellationException(CANCELLED);
                notificationsSent(cancelled);
                started.end(cancelled);
                return;
            }
            byte[] message;
            try {
                message = core.writer().batch(messages);
            } catch (RuntimeException e) {
                // as a call's that cannot be written: its span ends, and it is timed, with the failure, and so do
                // those of its calls, whose entries fail with it
                awaiting.values().forEach(call -> call.onFailure(e));
                notificationsSent(e);
                started.end(e);
                emitter.fail(e);
                return;
            }
            long timer = awaiting.isEmpty() ? -1 : startTimer(awaiting, timeout);
            long answerTimeout = timeout;
            MessageObservation observation = BatchObservation.of(started,
                    started.observed() ? calls.stream().map(call -> call.observed).toList() : List.of());
            core.transport().send(message, observation, awaiting, timeout, done -> {
                Throwable failure = done.cause() instanceof JsonRpcTimeoutException ? new JsonRpcTimeoutException(
                        "The batch of notifications got no answer from " + core.settings().url() + " within "
                                + ClientSettings.text(Duration.ofMillis(answerTimeout)))
                        : done.cause();
                notificationsSent(failure);
                if (awaiting.isEmpty()) {
                    finish(emitter, started, timer, failure);
                }
            });
            if (!awaiting.isEmpty()) {
                // every awaited call settles: answered, failed by the transport, or timed out
                Uni.join().all(calls.stream().filter(c -> c.id != null).map(c -> c.answered).toList())
                        .andCollectFailures()
                        .subscribe().with(ok -> finish(emitter, started, timer, transportFailure()),
                                failure -> finish(emitter, started, timer, failure));
            }
        });
    }

    /**
     * Each call of the batch is observed as a call made on its own is (a span, under the batch's, and a timer, by its
     * method): a request until it is answered, a notification until the batch is sent.
     */
    private void observeCalls(ObservedCalls.Started batch) {
        if (!batch.observed()) {
            return;
        }
        AutoCloseable scope = batch.enter();
        try {
            for (Call<?> call : calls) {
                call.observed = core.observed().start(core.settings(), core.recorded().endpoint(), call.spec.name(),
                        call.id);
            }
        } finally {
            MessageObservation.leave(scope);
        }
    }

    /** The longest timeout of {@code members}; {@code 0} (none) where one has none. */
    private long patience(List<Call<?>> members) {
        long timeout = 0;
        for (Call<?> call : members) {
            long wait = core.timeoutMillis(call.spec);
            if (wait <= 0) {
                return 0;
            }
            timeout = Math.max(timeout, wait);
        }
        return timeout;
    }

    /** The notifications of the batch are sent, or not, with the batch: their observation ends then. */
    private void notificationsSent(Throwable failure) {
        for (Call<?> call : calls) {
            if (call.id == null) {
                call.observed.end(failure);
            }
        }
    }

    /** The calls still waiting end, and the transport stops waiting for their answers. */
    private void giveUp(Map<Long, ResponseHandler> awaiting) {
        awaiting.forEach((id, handler) -> {
            if (handler.waiting()) {
                handler.onFailure(new CancellationException(CANCELLED));
                core.transport().forget(id);
            }
        });
    }

    private long startTimer(Map<Long, ResponseHandler> awaiting, long timeout) {
        return core.vertxTimer(timeout, () -> {
            awaiting.forEach((id, handler) -> handler.onFailure(new JsonRpcTimeoutException("The batch got no answer"
                    + " to its call " + id + " (" + ((Call<?>) handler).spec.javaMethod() + ") from "
                    + core.settings().url() + " within " + ClientSettings.text(Duration.ofMillis(timeout)))));
            // then: forgetting ends an HTTP exchange, whose failure must not be the calls'
            awaiting.keySet().forEach(core.transport()::forget);
        });
    }

    private void finish(UniEmitter<? super Void> emitter,
            ObservedCalls.Started started, long timer, Throwable failure) {
        core.cancelTimer(timer);
        started.end(failure);
        if (failure == null) {
            emitter.complete(null);
        } else {
            emitter.fail(failure);
        }
    }

    /** The batch as a whole failed when a call got no answer at all (as opposed to a JSON-RPC error). */
    private Throwable transportFailure() {
        for (Call<?> call : calls) {
            if (call.failure != null && !(call.failure instanceof JsonRpcClientException)) {
                return call.failure;
            }
        }
        return null;
    }

    @Override
    public void sendAndAwait() {
        ClientCore.await(new CallSpec("JsonRpcBatch#sendAndAwait", "rpc.batch", CallKind.BLOCKING, List.of(), false,
                null, null, 0, false), sent());
    }

    /** One call of the batch and, once answered, its entry. */
    private static final class Call<R> implements Entry<R>, ResponseHandler {

        final ClientCore core;
        final CallSpec spec;
        final ObjectReader reader;
        final Params params;
        final Long id;
        final Uni<Void> answered;
        /** Its listeners' observation: set before the batch is sent, ended once, when it is settled. */
        volatile ObservedCalls.Started observed = ObservedCalls.Started.NONE;
        private UniEmitter<? super Void> answer;
        private volatile boolean done;
        private volatile Object value;
        private volatile RuntimeException failure;
        /** What {@link #get()} throws: the failure, or what the interface's mapper makes of the server's error. */
        private volatile RuntimeException thrown;

        Call(ClientCore core, CallSpec spec, ObjectReader reader, Params params, Long id) {
            this.core = core;
            this.spec = spec;
            this.reader = reader;
            this.params = params;
            this.id = id;
            this.done = id == null;
            this.answered = Uni.createFrom().<Void> emitter(e -> {
                synchronized (this) {
                    if (done) {
                        e.complete(null);
                    } else {
                        answer = e;
                    }
                }
            }).memoize().indefinitely();
        }

        @Override
        public void onResponse(Incoming.Response response) {
            Object value;
            try {
                value = Answers.value(spec, reader, response);
            } catch (RuntimeException failure) {
                settle(null, failure);
                return;
            }
            settle(value, null);
        }

        @Override
        public void onFailure(Throwable cause) {
            settle(null, cause instanceof RuntimeException r ? r : new RuntimeException(cause));
        }

        private void settle(Object result, RuntimeException error) {
            UniEmitter<? super Void> waiting;
            synchronized (this) {
                if (done) {
                    return;
                }
                value = result;
                failure = error;
                thrown = error instanceof JsonRpcClientException answered ? core.mapped(answered) : error;
                done = true;
                waiting = answer;
            }
            observed.end(error);
            if (waiting != null) {
                waiting.complete(null);
            }
        }

        @Override
        public boolean waiting() {
            return !done;
        }

        @SuppressWarnings("unchecked")
        @Override
        public R get() {
            if (!done) {
                throw new IllegalStateException("The batch has not been answered yet: send it first");
            }
            if (thrown != null) {
                throw thrown;
            }
            return (R) value;
        }

        @Override
        public JsonRpcClientException error() {
            return failure instanceof JsonRpcClientException e ? e : null;
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }
}
