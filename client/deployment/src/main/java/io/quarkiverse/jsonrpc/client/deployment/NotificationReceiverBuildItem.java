package io.quarkiverse.jsonrpc.client.deployment;

import org.jboss.jandex.Type;

import io.quarkus.arc.processor.InvokerInfo;
import io.quarkus.builder.item.MultiBuildItem;

/** A bean method annotated {@code @OnJsonRpcNotification}, valid, with its invoker. */
final class NotificationReceiverBuildItem extends MultiBuildItem {

    final String configKey;
    final String method;
    final String javaMethod;
    /** The type the notification's params are read into; {@code null} for a method that takes none. */
    final Type param;
    final boolean nonBlocking;
    final InvokerInfo invoker;

    NotificationReceiverBuildItem(String configKey, String method, String javaMethod, Type param,
            boolean nonBlocking, InvokerInfo invoker) {
        this.configKey = configKey;
        this.method = method;
        this.javaMethod = javaMethod;
        this.param = param;
        this.nonBlocking = nonBlocking;
        this.invoker = invoker;
    }
}
