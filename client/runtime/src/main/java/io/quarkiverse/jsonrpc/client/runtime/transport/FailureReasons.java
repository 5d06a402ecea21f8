package io.quarkiverse.jsonrpc.client.runtime.transport;

import java.nio.channels.ClosedChannelException;

/**
 * What a failure of the network says, in the message of the exception a call fails with. Netty's exception for a
 * connection that closed under a write has no message at all, which would read {@code failed: null}.
 */
public final class FailureReasons {

    private FailureReasons() {
    }

    public static String of(Throwable failure) {
        if (failure.getMessage() != null) {
            return failure.getMessage();
        }
        if (failure instanceof ClosedChannelException) {
            return "the connection closed";
        }
        return failure.getClass().getName();
    }
}
