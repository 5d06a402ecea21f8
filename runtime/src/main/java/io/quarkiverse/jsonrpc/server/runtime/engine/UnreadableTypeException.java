package io.quarkiverse.jsonrpc.server.runtime.engine;

import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;

/**
 * A parameter whose type the application's ObjectMapper cannot read at all (a class without a creator Jackson can use,
 * a Kotlin data class without the Kotlin module): the server's fault, whatever the params, so an internal error rather
 * than invalid params; Jackson's explanation is for the developer, in the log and the error details.
 */
final class UnreadableTypeException extends RuntimeException {

    UnreadableTypeException(RpcParam param, InvalidDefinitionException failure) {
        super("The application's ObjectMapper cannot read parameter '" + param.name() + "' (" + param.type().toCanonical()
                + "): " + failure.getOriginalMessage(), failure, false, false);
    }
}
