package io.quarkiverse.jsonrpc.client.runtime;

import java.util.List;
import java.util.Map;

import io.quarkiverse.jsonrpc.client.runtime.transport.MessageObservation;

/**
 * A batch's observation, which tells its calls' too where the batch went: each call of a batch is observed as a call
 * made on its own is.
 */
record BatchObservation(ObservedCalls.Started batch, List<? extends MessageObservation> calls)
        implements
            MessageObservation {

    /** The batch's own where nothing observes it. */
    static MessageObservation of(ObservedCalls.Started batch, List<? extends MessageObservation> calls) {
        return batch.observed() ? new BatchObservation(batch, calls) : batch;
    }

    @Override
    public boolean observed() {
        return true;
    }

    @Override
    public Map<String, String> headers() {
        return batch.headers();
    }

    @Override
    public AutoCloseable enter() {
        return batch.enter();
    }

    @Override
    public void peer(String address, int port) {
        batch.peer(address, port);
        for (MessageObservation call : calls) {
            call.peer(address, port);
        }
    }
}
