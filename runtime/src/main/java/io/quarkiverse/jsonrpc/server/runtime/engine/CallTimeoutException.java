package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.time.Duration;

/** A call ran past its timeout: answered with {@code -32004 Call timed out}. */
final class CallTimeoutException extends RuntimeException {

    CallTimeoutException(Duration timeout) {
        super("The call did not complete within " + timeout.toMillis() + " ms", null, false, false);
    }
}
