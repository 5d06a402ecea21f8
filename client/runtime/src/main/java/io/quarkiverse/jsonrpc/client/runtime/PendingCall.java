package io.quarkiverse.jsonrpc.client.runtime;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.runtime.protocol.Incoming;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ResponseHandler;
import io.smallrye.mutiny.subscription.UniEmitter;

/**
 * One request waiting for its answer: settled once, by the response, a transport failure, the timeout or a
 * cancellation, whichever comes first.
 */
final class PendingCall implements ResponseHandler {

    /** Maps the server's errors, as the interface says. */
    private final ClientCore core;
    private final CallSpec spec;
    private final ObjectReader reader;
    private final ObservedCalls.Started observed;
    private final UniEmitter<? super Object> emitter;
    private final AtomicBoolean settled = new AtomicBoolean();
    private volatile Runnable onSettled = () -> {
    };

    PendingCall(ClientCore core, CallSpec spec, ObjectReader reader, ObservedCalls.Started observed,
            UniEmitter<? super Object> emitter) {
        this.core = core;
        this.spec = spec;
        this.reader = reader;
        this.observed = observed;
        this.emitter = emitter;
    }

    void onSettled(Runnable action) {
        this.onSettled = action;
    }

    @Override
    public void onResponse(Incoming.Response response) {
        if (!settled.compareAndSet(false, true)) {
            return;
        }
        onSettled.run();
        Object value;
        try {
            value = Answers.value(spec, reader, response);
        } catch (JsonRpcClientException error) {
            observed.end(error);
            emitter.fail(core.mapped(error));
            return;
        } catch (RuntimeException failure) {
            observed.end(failure);
            emitter.fail(failure);
            return;
        }
        observed.end(null);
        emitter.complete(value);
    }

    @Override
    public void onFailure(Throwable failure) {
        if (settled.compareAndSet(false, true)) {
            onSettled.run();
            observed.end(failure);
            emitter.fail(failure);
        }
    }

    @Override
    public boolean waiting() {
        return !settled.get();
    }

    /** Settles without an answer (the subscriber cancelled); {@code true} when it was still waiting. */
    boolean cancel() {
        if (settled.compareAndSet(false, true)) {
            onSettled.run();
            observed.end(new CancellationException("cancelled"));
            return true;
        }
        return false;
    }
}
