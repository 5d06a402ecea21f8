package io.quarkiverse.jsonrpc.testsupport;

import io.quarkiverse.jsonrpc.server.JsonRpcError;

/**
 * An exception annotated {@code @JsonRpcError} in an archive without a Jandex index, as a shared contract module may
 * hold: a test that leaves it out of its application archive sees what the build does with a method that declares it.
 */
@JsonRpcError(code = 1001, message = "Unknown account")
public class UnindexedError extends RuntimeException {
}
