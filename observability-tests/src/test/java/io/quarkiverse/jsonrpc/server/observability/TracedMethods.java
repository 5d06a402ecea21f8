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
}
