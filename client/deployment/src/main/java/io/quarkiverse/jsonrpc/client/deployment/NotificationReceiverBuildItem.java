package io.quarkiverse.jsonrpc.client.deployment;

import io.quarkus.arc.processor.InvokerInfo;
import io.quarkus.builder.item.MultiBuildItem;

/** A bean method annotated {@code @OnJsonRpcNotification}, valid, with its invoker. */
final class NotificationReceiverBuildItem extends MultiBuildItem {

    final String configKey;
    final String method;
    final String javaMethod;
    final String paramType;
    final boolean nonBlocking;
    final InvokerInfo invoker;

    NotificationReceiverBuildItem(String configKey, String method, String javaMethod, String paramType,
            boolean nonBlocking, InvokerInfo invoker) {
        this.configKey = configKey;
        this.method = method;
        this.javaMethod = javaMethod;
        this.paramType = paramType;
        this.nonBlocking = nonBlocking;
        this.invoker = invoker;
    }
}
