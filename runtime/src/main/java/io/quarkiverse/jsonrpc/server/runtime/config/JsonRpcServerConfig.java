package io.quarkiverse.jsonrpc.server.runtime.config;

import java.util.Optional;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Run-time configuration of the JSON-RPC server.
 */
@ConfigMapping(prefix = "quarkus.jsonrpc-server")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface JsonRpcServerConfig {

    /**
     * The largest batch the server answers. A larger batch gets a single {@code -32600 Invalid Request} error whose
     * data names the limit. {@code 0} turns batches off: every batch gets that error, and requests sent one per
     * message are answered as always.
     */
    @WithDefault("100")
    int maxBatchSize();

    /** How errors reach clients. */
    Errors errors();

    /**
     * The most calls one WebSocket connection may have running at once (a batch counts as one: its size has its own
     * limit). A call beyond it is answered at once with {@code -32005 Too many calls in flight}; a notification beyond
     * it, which has no answer, is dropped (logged at DEBUG). {@code rpc.unsubscribe} is answered beyond it: a client at
     * its limit can end a subscription. A blocking method whose call timed out keeps its place until its thread
     * returns. Separately, a connection that leaves more than {@code max(1024, 4 × this)} messages, or more than four
     * times {@code limits.max-response-size} bytes, unread is closed with code 1008, so that a client that sends
     * without reading cannot make the server hold its answers without bound. At least 1.
     */
    @WithDefault("64")
    int maxCallsInFlight();

    /**
     * How long a call may take, from its dispatch once its filters let it run (a wait for a worker thread included),
     * before it is answered with {@code -32004 Call timed out} and its {@code Uni} cancelled. A blocking method that
     * has not started by then never runs; one running cannot be stopped: its result is dropped. A returned
     * {@code CompletableFuture} is cancelled, which stops nothing already computing it.
     * {@code @JsonRpc(timeout = "…")} sets it per method. None by default; when set, at least 1ms (the application does
     * not start otherwise).
     */
    Optional<java.time.Duration> timeout();

    /** Authentication for the whole endpoint. */
    Auth auth();

    /** The WebSocket transport: checks on the upgrade, how messages are read, subscriptions. */
    WebSocket websocket();

    /** Limits of what the server reads and writes. */
    Limits limits();

    interface Auth {

        /**
         * Whether every caller must be authenticated: an anonymous WebSocket upgrade, and an anonymous HTTP request
         * to the endpoint or for its OpenRPC document, get 401 with the authentication mechanism's challenge.
         * Method-level security annotations apply either way. A value other than true or false stops the application
         * rather than being read as false.
         */
        @WithDefault("false")
        @WithConverter(StrictBooleanConverter.class)
        boolean required();
    }

    interface WebSocket {

        /**
         * The origins allowed to open a WebSocket, e.g. {@code https://app.example.com}; {@code *} allows any. A
         * browser sends the page's origin with every upgrade and sends the user's cookies whatever the page, so
         * without this check any web site could talk to the endpoint as the signed-in user (cross-site WebSocket
         * hijacking). By default only the endpoint's own origin is allowed; an upgrade without {@code Origin} header
         * (clients that are not browsers) is allowed. Each is written as a browser sends it, scheme, host and port
         * without a path, or {@code *}: the application does not start otherwise.
         */
        Optional<java.util.List<String>> allowedOrigins();

        /**
         * Whether messages are read from the Vert.x WebSocket under the websockets-next connection directly, inside
         * the network read, so that the answers of the calls that complete there leave in one write. Turned off,
         * websockets-next dispatches each message to the endpoint as a task of its own and each answer is flushed on
         * its own: the same messages on the wire, at a higher cost per call. Also off, whatever this says, where a
         * websockets-next version does not let the socket be reached.
         */
        @WithDefault("true")
        boolean readDirectly();

        /**
         * Whether a connection's messages are served one at a time, in the order they arrive: a message is handled
         * once the one before it is answered (a notification once its method has returned), as a Django Channels
         * consumer does. Off by default: a connection's calls run side by side, so that a slow one holds up no other.
         * For clients written against a server that answered in order, and that send a call depending on the one before
         * it without waiting for its answer. A client that sends more than {@code max(1024, 4 × max-calls-in-flight)}
         * messages, or more than four times {@code limits.max-response-size} bytes, ahead of their turn is closed with
         * 1008.
         */
        @WithDefault("false")
        boolean inOrder();

        /**
         * Where compression is on ({@code quarkus.websockets-next.server.per-message-compression-supported=true}; the
         * extension turns it off by default), the size under which a message the server sends in one frame goes out
         * uncompressed: deflating a small answer costs the server more than the bytes it saves. RFC 7692 lets a
         * server send any message uncompressed, so every client reads it. Larger messages, and those sent in several
         * frames, are compressed. {@code 0} compresses every message. What the client sends is the client's to
         * compress.
         */
        @WithDefault("1K")
        MemorySize compressionThreshold();

        /**
         * The most subscriptions one connection may have open at once: streams returned by methods as {@code Multi},
         * from the response carrying their id until they complete, fail or are ended with {@code rpc.unsubscribe}.
         * A call that would open one more is answered {@code -32007 Too many subscriptions}, its stream is not
         * subscribed to, and the connection stays open. At least 1.
         */
        @WithDefault("1024")
        int maxSubscriptions();
    }

    interface Limits {

        /**
         * The deepest nesting of arrays and objects in a message. Only tightens the application's ObjectMapper
         * limit (Jackson's default: 1000): a larger value is ignored, with a warning.
         */
        Optional<Integer> maxNestingDepth();

        /** The longest string value in a message, in characters; only tightens the ObjectMapper's limit. */
        Optional<Integer> maxStringLength();

        /** The longest number in a message, in digits; only tightens the ObjectMapper's limit. */
        Optional<Integer> maxNumberLength();

        /**
         * The most JSON tokens in a message, batch or single request: every value, field name, and start and end of
         * an array or object counts one ({@code [1,"a"]} is four). The params of a request are read into a tree of
         * nodes before its method is found, and a node takes 20 to 80 bytes where its token may take 2: the limit
         * bounds what one message can make the server allocate, whatever the body or message size allows (a 10 MB
         * body of {@code [],[],…} takes 217 MB to read). The default lets through about 5 MB of typical JSON (records of
         * short fields, 5 to 8 bytes a token). A message beyond it is answered {@code -32700 Parse error}, whose data
         * names this property. Also tightens, never loosens, the ObjectMapper's own limit (Jackson's default: none).
         */
        @WithDefault("1000000")
        long maxTokenCount();

        /**
         * The largest response the server sends, {@code 10M} by default. A result that would make a larger response
         * is not sent, not even in part: the call is answered {@code -32603 Result too large}, whose data names the
         * limit, and the first such result of each method is logged at WARN. A batch response counts as a whole: in
         * the order of the batch, the results that would take it past the limit get that error. Responses are written
         * in memory before they are sent, so the limit also bounds the memory one of them takes. Notifications,
         * subscription items and error responses are not counted: an error is sent whole, its data included. A
         * WebSocket connection that leaves more than four times this many bytes unread, or sends more than that while
         * its open hooks run or ahead of its turn ({@code websocket.in-order}), is closed with code 1008. From 1
         * byte to {@code 2047M}, the largest array a response can be written into: the application does not start
         * otherwise.
         */
        @WithDefault("10M")
        MemorySize maxResponseSize();
    }

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

    /** The OpenRPC document describing the methods. */
    @WithName("openrpc")
    OpenRpc openRpc();

    /** Logging of the messages the transports receive and send. */
    TrafficLogging trafficLogging();

    interface TrafficLogging {

        /**
         * Whether every message received and sent, over both transports, is logged: the requests, the answers, and
         * the notifications the server pushes. The lines are logged at DEBUG under the category
         * {@code io.quarkiverse.jsonrpc.server.traffic}, which must log DEBUG too
         * ({@code quarkus.log.category."io.quarkiverse.jsonrpc.server.traffic".level=DEBUG}). websockets-next's own
         * traffic logging ({@code quarkus.websockets-next.server.traffic-logging.enabled}) logs the WebSocket's
         * opening and closing, not its messages, which the extension reads and writes itself.
         */
        @WithDefault("false")
        boolean enabled();

        /**
         * How many characters of a message are logged: a longer one is cut there, and ends with {@code ...}; -1 logs
         * every message whole.
         */
        @WithDefault("100")
        int payloadLimit();
    }

    interface OpenRpc {

        /**
         * Whether the OpenRPC document of the methods is served, in every mode: as the result of the reserved method
         * {@code rpc.discover} over both transports, and at {@code GET <http path>/openrpc.json}. When off,
         * {@code rpc.discover} is {@code -32601 Method not found} and {@code openrpc.json} is {@code 404}. The Dev UI
         * that shows it is there in dev mode only.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * The URLs at which clients reach the application's root, as they see it (behind a proxy, the proxy's), such as
         * {@code https://api.example.com,wss://api.example.com}: the {@code servers} of each OpenRPC document, each
         * followed by the path of the document's endpoint under {@code quarkus.http.root-path}, as an OpenAPI
         * document's paths follow its servers. An {@code http} or {@code https} URL is followed by the HTTP
         * transport's path and named {@code http}, a {@code ws} or {@code wss} URL by the WebSocket transport's and
         * named {@code websocket}; a transport the build turns off lists none. Each URL is absolute, without query or
         * fragment: the application does not start otherwise. Unset, the documents have no {@code servers}, and
         * OpenRPC tools take the server to be {@code localhost}.
         */
        Optional<java.util.List<String>> servers();
    }

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

        /**
         * How long Redis may take to answer a publish or a subscription before the broadcast counts as down, as when
         * it refuses the connection: a Redis that accepts connections and stops answering (stopped, overloaded, cut
         * off by a network partition) holds no send longer than this.
         */
        @WithDefault("2s")
        java.time.Duration timeout();

        /**
         * How often an instance asks Redis whether it answers ({@code PING}) while the broadcast is up, so that an
         * instance that sends nothing notices a Redis that stopped answering too: a {@code PING} unanswered within
         * {@code timeout} counts as an outage.
         */
        @WithDefault("5s")
        java.time.Duration checkInterval();
    }

    interface Subscriptions {

        /**
         * What happens when a stream produces items faster than its client reads them. The server pulls 16 items, and
         * one more as each is written to the connection, so a stream that can wait (most) just slows down. A stream
         * that cannot wait (a hot source: ticks, a broadcast processor) overflows once 16 are on their way: with
         * {@code close} the subscription ends with an error notification and the connection is closed with code 1008
         * and a reason; with {@code drop} the items the client cannot take are dropped, for every stream (one that
         * makes many items at once too), so a slow client misses items but stays connected.
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
         * ({@code -32700} → 500, {@code -32600} → 400, {@code -32601} → 404, {@code -32602} and {@code -32603} → 500),
         * and the extension's {@code -32001} → 401, {@code -32003} → 403 and {@code -32006} → 503 (any other error → 500),
         * instead of {@code 200}. Applies to single responses; a batch response is always
         * {@code 200}.
         */
        @WithDefault("false")
        boolean errorStatusCodes();
    }
}
