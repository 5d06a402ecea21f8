package io.quarkiverse.jsonrpc.server.runtime.engine;

/** Params that cannot be bound to the method's parameters; the message says which and why. */
final class InvalidParamsException extends Exception {

    InvalidParamsException(String message) {
        super(message, null, false, false);
    }
}
