package io.quarkiverse.jsonrpc.server.observability;

import jakarta.inject.Inject;

import io.opentelemetry.api.trace.Tracer;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.smallrye.common.annotation.RunOnVirtualThread;
import io.smallrye.mutiny.Uni;

/** Methods that record a span of their own, named {@code inner}, on each kind of thread. */
public class TracedMethods {

    @Inject
    Tracer tracer;

    @JsonRpc
    public String onWorker() {
        tracer.spanBuilder("inner").startSpan().end();
        return "done";
    }

    @JsonRpc
    public Uni<String> onEventLoop() {
        tracer.spanBuilder("inner").startSpan().end();
        return Uni.createFrom().item("done");
    }

    @JsonRpc
    @RunOnVirtualThread
    public String onVirtualThread() {
        tracer.spanBuilder("inner").startSpan().end();
        return "done";
    }

    @JsonRpc
    public String brokenOnWorker() {
        throw new IllegalStateException("broken");
    }

    @JsonRpc
    public Uni<String> brokenOnEventLoop() {
        return Uni.createFrom().failure(new IllegalStateException("broken"));
    }

    @JsonRpc
    @RunOnVirtualThread
    public String brokenOnVirtualThread() {
        throw new IllegalStateException("broken");
    }

    /** Never answers: its call times out, on a timer's thread. */
    @JsonRpc(timeout = "100ms")
    public Uni<String> late() {
        return Uni.createFrom().nothing();
    }
}
