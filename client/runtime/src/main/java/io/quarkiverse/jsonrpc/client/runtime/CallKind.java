package io.quarkiverse.jsonrpc.client.runtime;

/** How a client method calls the server and hands back the answer, decided by its signature at build time. */
public enum CallKind {
    /** A plain return type: waits for the result; refused on the event loop. */
    BLOCKING,
    /** {@code void} without {@code @JsonRpcNotification}: waits for the (ignored) result; refused on the event loop. */
    BLOCKING_VOID,
    /** {@code Uni<T>}: the call is made when the {@code Uni} is subscribed. */
    UNI,
    /**
     * A Kotlin {@code suspend fun}: the call is made at once and the coroutine suspends until the answer; the last
     * argument is its continuation. {@code Unit} answers {@code Unit}.
     */
    SUSPEND,
    /** {@code CompletionStage<T>} or {@code CompletableFuture<T>}: the call is made at once. */
    COMPLETION_STAGE,
    /** {@code void} with {@code @JsonRpcNotification}: returns once the notification is sent. */
    NOTIFICATION,
    /** {@code Uni<Void>} with {@code @JsonRpcNotification}: sent when subscribed. */
    NOTIFICATION_UNI,
    /** {@code Multi<T>} with {@code @JsonRpc}: a subscription, over a WebSocket. */
    SUBSCRIPTION,
    /** A Kotlin {@code Flow<T>} with {@code @JsonRpc}: a subscription as {@link #SUBSCRIPTION}, collected as a flow. */
    FLOW,
    /** {@code Multi<T>} with {@code @OnJsonRpcNotification}: the server's notifications of one method. */
    SERVER_NOTIFICATIONS
}
