package io.quarkiverse.jsonrpc.client.runtime.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.quarkiverse.jsonrpc.client.ParamsStyle;
import io.quarkus.runtime.annotations.ConfigDocDefault;
import io.quarkus.runtime.annotations.ConfigDocMapKey;
import io.quarkus.runtime.annotations.ConfigDocSection;
import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/** The JSON-RPC clients, each under the config key of its {@code @RegisterJsonRpcClient} interface. */
@ConfigMapping(prefix = "quarkus.jsonrpc-client")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface JsonRpcClientsConfig {

    /**
     * The clients, each under the config key of its interface. For example {@code quarkus.jsonrpc-client."calc".url}:
     * the section's title is the first sentence, which the reference cuts at the first dot.
     */
    @WithParentName
    @ConfigDocMapKey("config-key")
    @ConfigDocSection
    Map<String, ClientConfig> clients();

    /** One client. */
    interface ClientConfig {

        /**
         * The server's URL; its scheme picks the transport: {@code http://} and {@code https://} send each call as
         * an HTTP {@code POST}, {@code ws://} and {@code wss://} over one shared WebSocket connection (needed for
         * subscriptions and server notifications). Required for a client a bean injects, or whose notifications a bean
         * receives: the application does not start without it. A client only made with {@code JsonRpcClientBuilder}
         * needs none. For an interface the server serves at a {@code @JsonRpcEndpoint}, the server's URL without a
         * path is given the endpoint's path; a URL with a path is called as written.
         * <p>
         * A URL may name a service instead of a server, whose instances SmallRye Stork finds and chooses among, one for
         * each HTTP request and each WebSocket connection ({@code quarkus.stork."<service>".*}): {@code stork://} and
         * {@code storks://} for HTTP and HTTPS, as a REST client's, {@code stork+ws://} and {@code stork+wss://} for a
         * WebSocket, the service's name as host: {@code stork+ws://calc-service/jsonrpc}.
         */
        Optional<String> url();

        /**
         * How long a call waits for its answer (a notification over HTTP, for the server's answer to its POST);
         * {@code 0} waits as long as it takes. {@code @JsonRpc(timeout = "...")} on a method overrides it, longer or
         * shorter.
         */
        @WithDefault("30s")
        Duration timeout();

        /**
         * How long opening a connection may take: the TCP connection and, over a WebSocket, its upgrade; {@code 0} puts
         * no limit on it. At most {@code 24d}: the application does not start otherwise.
         */
        @WithDefault("10s")
        Duration connectTimeout();

        /**
         * How often a WebSocket client pings its server while connected; unset, the default, sends no pings. A
         * connection that brings no frame at all, neither the pong nor anything else, within the interval after a ping
         * is closed as dropped: the calls waiting on it fail, and the client reconnects as after any drop. Set it where
         * a NAT, a proxy or a load balancer between client and server may forget a quiet connection without closing
         * it: the client would otherwise never notice, its calls would time out one by one, and its subscriptions and
         * notification receivers would go quiet without an error. Over HTTP it does nothing.
         */
        Optional<Duration> pingInterval();

        /** Headers sent with every HTTP request, or with the WebSocket upgrade request. */
        @ConfigDocMapKey("header-name")
        Map<String, String> headers();

        /**
         * The values of the path parameters of the interface's {@code @JsonRpcEndpoint}: {@code tenant} of
         * {@code "/tenants/{tenant}"}. With a URL without a path, the client calls the endpoint's path with them.
         */
        @ConfigDocMapKey("name")
        Map<String, String> pathParams();

        /**
         * The user name of HTTP Basic authentication, sent with the password. Basic authentication, a bearer token and
         * an {@code Authorization} header in {@code headers} are each the {@code Authorization} header: with two of
         * them set, the application does not start.
         */
        Optional<String> username();

        /** The password of HTTP Basic authentication; set without {@code username}, the application does not start. */
        Optional<String> password();

        /** A bearer token, sent as {@code Authorization: Bearer <token>}; not with {@code username} (see there). */
        Optional<String> bearerToken();

        /**
         * The name of a TLS configuration of the Quarkus TLS registry ({@code quarkus.tls."<name>".*}) for
         * {@code https://} and {@code wss://}; the default TLS configuration, or the JVM's trust store, when unset.
         * Refused with an {@code http://} or {@code ws://} URL, which never uses TLS.
         */
        Optional<String> tlsConfigurationName();

        /**
         * The name of a proxy of the Quarkus proxy registry ({@code quarkus.proxy."<name>".*}) that the client's
         * connections go through, or {@code none} to connect directly. When unset, the default proxy
         * ({@code quarkus.proxy.host} and the rest), if one is configured.
         */
        Optional<String> proxyConfigurationName();

        /** How arguments are sent: {@code positional} (an array) or {@code named} (an object by parameter name). */
        @WithDefault("positional")
        ParamsStyle paramsStyle();

        /** At most this many HTTP connections to the server at once; further calls queue for one. */
        @WithDefault("20")
        int maxHttpConnections();

        /**
         * Whether a call's {@code POST} that the server answers with a redirect goes where the redirect points, as a
         * REST client's {@code follow-redirects}: a {@code 307} or {@code 308} sends it there again, body and headers
         * (credentials included), a {@code 303} gets its answer there with a {@code GET}. A {@code 301} or {@code 302}
         * is not followed, as Vert.x and the REST client follow them for a {@code GET} only: clients make them a
         * {@code GET}, which would carry no call. A redirect not followed fails the call with its status and its
         * {@code Location}. Over a WebSocket it does nothing.
         */
        @WithDefault("false")
        boolean followRedirects();

        /** The most redirects one call follows, where {@code follow-redirects} is on: the next one fails the call. */
        @WithDefault("16")
        int maxRedirects();

        /**
         * Whether the HTTP transport asks for compressed responses ({@code Accept-Encoding: deflate, gzip}) and reads
         * them, as a REST client's {@code enable-compression}: a server that compresses (a Quarkus one with
         * {@code quarkus.http.enable-compression=true}) then sends a large result in a fraction of its bytes. When
         * unset, as a REST client's, the application's own {@code quarkus.http.enable-compression}: an application
         * whose server compresses asks its servers to compress too. Over a WebSocket, see
         * {@code offer-per-message-compression}.
         */
        @ConfigDocDefault("quarkus.http.enable-compression, false when unset")
        Optional<Boolean> enableCompression();

        /**
         * Whether the HTTP transport speaks HTTP/2 with a server that does, as a REST client's {@code http2}: over
         * {@code https://} it offers {@code h2} in the TLS handshake (ALPN), over {@code http://} it asks to upgrade the
         * first request's connection to {@code h2c}. A server that does not speak it answers in HTTP/1.1, which the
         * client then speaks. The calls then share one connection, each a stream of its own. Over a WebSocket, whose
         * upgrade is HTTP/1.1's, it does nothing.
         */
        @WithDefault("false")
        boolean http2();

        /**
         * Whether the HTTP transport offers HTTP/2 in the TLS handshake of an {@code https://} URL (ALPN), as a REST
         * client's {@code alpn}: a server that agrees is then spoken to in HTTP/2, one that does not in HTTP/1.1. Over
         * {@code http://} it does nothing: the client speaks HTTP/1.1, where {@code http2} would ask to upgrade to
         * {@code h2c}. {@code http2} offers HTTP/2 in the handshake whatever this says. Over a WebSocket it does
         * nothing.
         */
        @WithDefault("false")
        boolean alpn();

        /**
         * The largest message a WebSocket client reads, as websockets-next's client's {@code max-message-size}: a
         * larger one, a result past it among them, closes the connection with {@code 1009} (Message Too Big), and the
         * calls waiting on it fail with a message naming this property; the client reconnects as after any drop. From
         * 1 byte to under 2G. Over HTTP it does nothing.
         */
        @WithDefault("16M")
        MemorySize maxMessageSize();

        /**
         * Whether a WebSocket client offers its server to compress messages (permessage-deflate, RFC 7692), as
         * websockets-next's client's {@code offer-per-message-compression}: a server that agrees (a Quarkus one with
         * {@code quarkus.websockets-next.server.per-message-compression-supported=true}) then sends its large
         * messages compressed, and the client reads them. Off by default, as websockets-next's: JSON-RPC messages are
         * mostly small, which deflating costs both sides more than it saves, and this project's server refuses the
         * offer unless told. Over HTTP, see {@code enable-compression}.
         */
        @WithDefault("false")
        boolean offerPerMessageCompression();

        /**
         * How hard a WebSocket client deflates the messages it sends, where its server agreed to
         * {@code offer-per-message-compression}, as websockets-next's client's {@code compression-level}: from 0 (not
         * at all: sent in deflate's stored blocks, a little longer than as they are) to 9 (hardest, and slowest). What
         * the server sends, it deflates at its own level. Over HTTP, whose requests go uncompressed, it does nothing.
         */
        @WithDefault("6")
        int compressionLevel();

        /** Subscriptions: the methods a server uses for them. */
        SubscriptionsConfig subscriptions();

        /** Reconnection of a WebSocket client after its connection dropped. */
        ReconnectConfig reconnect();

        /** The metrics of this client's calls, where the application has quarkus-micrometer. */
        MetricsConfig metrics();

        /** The spans of this client's calls, where the application has quarkus-opentelemetry. */
        TracesConfig traces();

        /** Logging of the messages this client sends and receives. */
        TrafficLoggingConfig trafficLogging();
    }

    interface TrafficLoggingConfig {

        /**
         * Whether every message this client sends and receives is logged: calls, answers and the server's
         * notifications. The lines are logged at DEBUG under the category {@code io.quarkiverse.jsonrpc.client.traffic},
         * which must log DEBUG too ({@code quarkus.log.category."io.quarkiverse.jsonrpc.client.traffic".level=DEBUG}).
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

    interface MetricsConfig {

        /**
         * Whether every call of this client is timed ({@code jsonrpc.client.requests}). {@code false} leaves the
         * other clients' timers, and the application's other metrics, as they are.
         */
        @WithDefault("true")
        boolean enabled();
    }

    interface TracesConfig {

        /**
         * Whether every call of this client is a client span. {@code false} leaves the other clients' spans, and the
         * application's other spans, as they are: the HTTP client's span of a call's request among them.
         */
        @WithDefault("true")
        boolean enabled();
    }

    /**
     * How a server speaks of subscriptions. The defaults are this project's server; Ethereum nodes use
     * {@code subscribe-method=eth_subscribe}, {@code notification-method=eth_subscription} and
     * {@code unsubscribe-method=eth_unsubscribe}.
     */
    interface SubscriptionsConfig {

        /**
         * The method that starts every subscription, with the subscription's {@code @JsonRpc} name as first
         * positional param (Ethereum's {@code eth_subscribe}). When unset, a subscription calls its own method.
         */
        Optional<String> subscribeMethod();

        /** The notification carrying the items: params {@code {"subscription": id, "result": item}}. */
        @WithDefault("rpc.subscription")
        String notificationMethod();

        /** The method that ends a subscription, called with the subscription id when its {@code Multi} is cancelled. */
        @WithDefault("rpc.unsubscribe")
        String unsubscribeMethod();

        /**
         * Whether a subscription survives a dropped connection: {@code true} subscribes again once reconnected (items
         * sent meanwhile are lost), {@code false} ends its {@code Multi} with a {@code JsonRpcTransportException}.
         */
        @WithDefault("false")
        boolean resubscribe();
    }

    /**
     * After a drop, a WebSocket client with notification receivers or live subscriptions reconnects at once, then
     * waits twice as long after each failed attempt, up to {@link #maxDelay()}. Calls in flight at the drop fail
     * with a {@code JsonRpcTransportException}; later calls open a new connection.
     */
    interface ReconnectConfig {

        /** Whether to reconnect in the background; without it the next call reconnects. */
        @WithDefault("true")
        boolean enabled();

        /** The wait before the second attempt. */
        @WithDefault("200ms")
        Duration initialDelay();

        /** The longest wait between two attempts. */
        @WithDefault("30s")
        Duration maxDelay();
    }
}
