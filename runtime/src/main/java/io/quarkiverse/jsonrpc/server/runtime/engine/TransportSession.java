package io.quarkiverse.jsonrpc.server.runtime.engine;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.spi.CallListener;
import io.smallrye.mutiny.Multi;

/**
 * Where a message came from, as the engine sees it: one WebSocket connection, or one HTTP request. The engine hands
 * it every call the message contains; what a method may learn of it (headers, the caller, groups) it learns from the
 * {@link CallContext} the session makes for each call.
 */
public interface TransportSession {

    JsonRpcTransport transport();

    /**
     * The network connection the session's calls came on, for the listeners of calls; the same object for every call
     * of the session. {@code null} where there is none.
     */
    default CallListener.Network network() {
        return null;
    }

    /**
     * The first value of a header of the HTTP request that carried the session's calls, for the listeners of calls;
     * {@code null} where it has none of that name, and where the calls came on no HTTP request of their own (over
     * WebSocket).
     */
    default String header(String name) {
        return null;
    }

    /**
     * The path of the {@code @JsonRpcEndpoint} the session's calls came to, for the listeners of calls; {@code null}
     * for the configured paths, and for a session a caller of the engine made itself.
     */
    default String endpoint() {
        return null;
    }

    /** The context of one call of this session: what a {@code JsonRpcContext} parameter receives. */
    CallContext context(CallInfo call);

    /**
     * Takes a stream to deliver as a subscription once the response carrying its id has been sent.
     *
     * @param method the method whose result the stream is, for what its failure is reported as
     * @return the subscription id, or {@code null} where the transport cannot stream
     * @throws TooManySubscriptionsException when the session has as many subscriptions open as it allows
     */
    String subscribe(String method, Multi<?> stream);

    /** Cancels a subscription of this session; {@code false} if it has none of that id. */
    boolean unsubscribe(String subscriptionId);

    /** Whether the session can carry subscriptions; where it cannot, {@code rpc.unsubscribe} is not served either. */
    default boolean streams() {
        return true;
    }

    /**
     * A message (a request or a whole batch) is about to run: {@code false} refuses it, when the session has as many
     * running as it allows. Each accepted message is followed by one {@link #endCall()}.
     */
    default boolean startCall() {
        return true;
    }

    /** A message accepted by {@link #startCall()} has been answered, has failed, or was cancelled. */
    default void endCall() {
    }
}
