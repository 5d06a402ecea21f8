package io.quarkiverse.jsonrpc.client.runtime;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ErrorObjects;
import io.quarkiverse.jsonrpc.client.runtime.protocol.Incoming;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ReadFailures;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ResponseHandler;
import io.quarkiverse.jsonrpc.common.json.ExactDecimals;
import io.smallrye.mutiny.subscription.UniEmitter;

/**
 * One request waiting for its answer: settled once, by the response, a transport failure, the timeout or a
 * cancellation, whichever comes first.
 */
final class PendingCall implements ResponseHandler {

    private final CallSpec spec;
    private final ObjectReader reader;
    private final ObservedCalls.Started observed;
    private final UniEmitter<? super Object> emitter;
    private final AtomicBoolean settled = new AtomicBoolean();
    private volatile Runnable onSettled = () -> {
    };

    PendingCall(CallSpec spec, ObjectReader reader, ObservedCalls.Started observed,
            UniEmitter<? super Object> emitter) {
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
        if (response.contradiction() != null) {
            RuntimeException failure = new JsonRpcTransportException("The server answered " + spec.javaMethod()
                    + " with " + response.contradiction(), null);
            observed.end(failure);
            emitter.fail(failure);
            return;
        }
        if (response.error() != null) {
            RuntimeException failure = ErrorObjects.toException(spec.name(), response.error());
            observed.end(failure);
            emitter.fail(failure);
            return;
        }
        Object value;
        try {
            value = read(response.result());
        } catch (IOException | RuntimeException e) {
            RuntimeException failure = new JsonRpcTransportException("The result of " + spec.javaMethod()
                    + " cannot be read as " + spec.resultType() + ": " + ReadFailures.reason(e), e);
            observed.end(failure);
            emitter.fail(failure);
            return;
        }
        observed.end(null);
        emitter.complete(value);
    }

    private Object read(JsonNode result) throws IOException {
        if (reader == null) {
            return null;
        }
        if (result == null || result.isNull()) {
            if (spec.primitiveResult() != null) {
                throw new IOException("the server answered null, and " + spec.javaMethod() + " returns "
                        + spec.primitiveResult());
            }
            if (spec.nullResultRefused()) {
                throw new IOException("the server answered null, and its result type has no ?");
            }
        }
        return ExactDecimals.read(reader, result);
    }

    @Override
    public void onFailure(Throwable failure) {
        if (settled.compareAndSet(false, true)) {
            onSettled.run();
            observed.end(failure);
            emitter.fail(failure);
        }
    }

    /** Settles without an answer (the subscriber cancelled); {@code true} when it was still waiting. */
    boolean cancel() {
        if (settled.compareAndSet(false, true)) {
            onSettled.run();
            observed.end(new java.util.concurrent.CancellationException("cancelled"));
            return true;
        }
        return false;
    }
}
