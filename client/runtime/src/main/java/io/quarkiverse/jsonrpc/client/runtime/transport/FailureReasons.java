package io.quarkiverse.jsonrpc.client.runtime.transport;

import java.nio.channels.ClosedChannelException;

import javax.net.ssl.SSLException;

/**
 * What a failure of the network says, in the message of the exception a call fails with. Netty's exception for a
 * connection that closed under a write has no message at all, which would read {@code failed: null}. A failed TLS
 * handshake says "Failed to create SSL connection" whatever failed: its reason (an untrusted certificate, a host name
 * the certificate does not name, no protocol in common) is its innermost cause's.
 */
public final class FailureReasons {

    private FailureReasons() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof SSLException && failure.getMessage() != null) {
            Throwable reason = failure;
            while (reason.getCause() != null && reason.getCause() != reason) {
                reason = reason.getCause();
            }
            return reason == failure || reason.getMessage() == null ? failure.getMessage()
                    : failure.getMessage() + ": " + reason.getMessage()
                            + " (the client's TLS configuration: quarkus.tls.*, or the one its tls-configuration-name"
                            + " names)";
        }
        if (failure.getMessage() != null) {
            return failure.getMessage();
        }
        if (failure instanceof ClosedChannelException) {
            return "the connection closed";
        }
        return failure.getClass().getName();
    }
}
