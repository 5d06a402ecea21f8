package io.quarkiverse.jsonrpc.server.runtime.engine;

import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * A parameter whose type the application's ObjectMapper cannot read at all (a class without a creator Jackson can use,
 * a Kotlin data class without the Kotlin module), or whose constructor failed with anything but its refusal of the
 * value (an {@code IllegalArgumentException}, Kotlin's {@code require}; a {@code NullPointerException} of a null check):
 * the server's fault, so an internal error rather than invalid params; the explanation is for the developer, in the log
 * and the error details.
 */
final class UnreadableTypeException extends RuntimeException {

    UnreadableTypeException(RpcParam param, InvalidDefinitionException failure) {
        super("The application's ObjectMapper cannot read parameter '" + param.name() + "' (" + param.type().toCanonical()
                + "): " + failure.getOriginalMessage(), failure, false, false);
    }

    /** @param failure its cause, what the constructor threw: a Kotlin {@code check} of state, a bug */
    UnreadableTypeException(RpcParam param, ValueInstantiationException failure) {
        super("A constructor failed reading parameter '" + param.name() + "' (" + param.type().toCanonical() + "): "
                + failure.getCause(), failure, false, false);
    }
}
