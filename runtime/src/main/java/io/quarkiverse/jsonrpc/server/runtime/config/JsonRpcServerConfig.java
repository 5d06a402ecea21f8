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

    /** Streams returned by methods as {@code Multi}, delivered over WebSocket as subscriptions. */
    Subscriptions subscriptions();

    /**
     * How notifications to a group, to every connection, or to a connection by id reach connections: {@code local}
     * delivers to the connections of this instance only; {@code redis} also publishes through Redis pub/sub to every
     * instance of the application (needs the {@code quarkus-redis-client} extension; the Redis server is the one
     * of {@code quarkus.redis.hosts}).
     */
    @WithDefault("local")
    Broadcast broadcast();

    /** Redis broadcast settings. */
    Redis redis();

    enum Broadcast {
        LOCAL,
        REDIS
    }

    interface Redis {

        /** The Redis pub/sub channel the instances of one application share. */
        @WithDefault("quarkus-jsonrpc-server")
        String channel();

        /** How long to wait before subscribing again after the connection to Redis was lost. */
        @WithDefault("1s")
        java.time.Duration reconnectDelay();
    }

    interface Subscriptions {

        /**
         * What happens when a stream produces items faster than its client reads them. The server pulls items one at a
         * time, as the connection drains, so a stream that can wait (most) just slows down. A stream that cannot wait
         * (a hot source: ticks, a broadcast processor) overflows: with {@code close} the subscription ends with an
         * error notification and the connection is closed with code 1008 and a reason; with {@code drop} the items the
         * client cannot take are dropped, for every stream, so a slow client misses items but stays connected.
         */
        @WithDefault("close")
        Overflow overflow();

        enum Overflow {
            CLOSE,
            DROP
        }
    }

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
