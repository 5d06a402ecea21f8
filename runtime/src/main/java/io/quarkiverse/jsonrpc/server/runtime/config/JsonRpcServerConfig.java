package io.quarkiverse.jsonrpc.server.runtime.config;

import java.util.Optional;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Run-time configuration of the JSON-RPC server.
 */
@ConfigMapping(prefix = "quarkus.jsonrpc-server")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface JsonRpcServerConfig {

    /**
     * The largest batch the server answers. A larger batch gets a single {@code -32600 Invalid Request} error whose
     * data names the limit.
     */
    @WithDefault("100")
    int maxBatchSize();

    /** How errors reach clients. */
    Errors errors();

    /** The HTTP transport. */
    Http http();

    interface Errors {

        /**
         * Whether the class and message of an unexpected exception thrown by a method reach the client, in the error's
         * {@code message} and {@code data}. Defaults to {@code true} in dev and test mode and {@code false} in
         * production, where the client sees only {@code -32603 Internal error}. A stack trace never reaches a client.
         */
        Optional<Boolean> includeDetails();
    }

    interface Http {

        /**
         * Whether an error response carries the HTTP status code that the JSON-RPC-over-HTTP draft gives its error code
         * ({@code -32700} → 500, {@code -32600} → 400, {@code -32601} → 404, {@code -32602} and {@code -32603} → 500,
         * any other error → 500) instead of {@code 200}. Applies to single responses; a batch response is always
         * {@code 200}.
         */
        @WithDefault("false")
        boolean errorStatusCodes();
    }
}
