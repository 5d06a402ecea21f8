package io.quarkiverse.jsonrpc.server.deployment;

import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedHook;
import io.quarkus.arc.processor.InvokerInfo;
import io.quarkus.builder.item.MultiBuildItem;

/** A valid {@code @OnJsonRpcOpen} or {@code @OnJsonRpcClose} method, with its invoker. */
final class LifecycleHookBuildItem extends MultiBuildItem {

    /** The hook as recorded, but for its invoker, which the recording step instantiates. */
    final RecordedHook hook;
    final InvokerInfo invoker;

    LifecycleHookBuildItem(RecordedHook hook, InvokerInfo invoker) {
        this.hook = hook;
        this.invoker = invoker;
    }
}
