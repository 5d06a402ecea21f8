package io.quarkiverse.jsonrpc.client;

import java.net.URI;
import java.time.Duration;

import io.quarkus.arc.Arc;

/**
 * Creates a client at run time, for a server known only then. The interface must be annotated
 * {@link RegisterJsonRpcClient}, so that the build prepares it; nothing is read from its configuration
 * ({@code quarkus.jsonrpc-client.*}): each setting of a configured client has its method here, with the same default.
 *
 * <pre>
 * Calc calc = JsonRpcClientBuilder.newBuilder()
 *         .url("ws://localhost:8080/jsonrpc")
 *         .timeout(Duration.ofSeconds(5))
 *         .build(Calc.class);
 * </pre>
 *
 * The client's connections stay open until {@link JsonRpcClientControl#close()} or shutdown.
 */
public interface JsonRpcClientBuilder {

    /** A new builder; needs a running application. */
    static JsonRpcClientBuilder newBuilder() {
        return Arc.container().instance(JsonRpcClientBuilder.class).get();
    }

    /**
     * The server: {@code http://}, {@code https://}, {@code ws://} or {@code wss://}; required. For an interface the
     * server serves at a {@code @JsonRpcEndpoint}, a URL without a path is given the endpoint's path at
     * {@link #build}, as a configured one is.
     */
    JsonRpcClientBuilder url(URI url);

    default JsonRpcClientBuilder url(String url) {
        return url(URI.create(url));
    }

    /**
     * How long a call waits for its answer (30 seconds by default); {@code 0} waits as long as it takes.
     *
     * @throws IllegalArgumentException for a negative duration, or a positive one under 1 ms
     */
    JsonRpcClientBuilder timeout(Duration timeout);

    /**
     * How long opening a connection, a WebSocket's upgrade included, may take (10 seconds by default); {@code 0} puts
     * no limit on it.
     *
     * @throws IllegalArgumentException for a negative duration, a positive one under 1 ms, or one longer than 24 days
     */
    JsonRpcClientBuilder connectTimeout(Duration timeout);

    /**
     * How often a WebSocket client pings its server while connected, as
     * {@code quarkus.jsonrpc-client."key".ping-interval} does for a configured client: a connection that brings no
     * frame within the interval after a ping is closed as dropped, and reconnected. Without it, the default, the client
     * sends no pings.
     *
     * @throws IllegalArgumentException for a duration that is not positive, or is under 1 ms
     */
    JsonRpcClientBuilder pingInterval(Duration interval);

    /**
     * Logs every message the client sends and receives, at DEBUG under the category
     * {@code io.quarkiverse.jsonrpc.client.traffic} (which must log DEBUG too), as
     * {@code quarkus.jsonrpc-client."key".traffic-logging.enabled} does for a configured client.
     *
     * @param payloadLimit how many characters of a message are logged: a longer one is cut there and ends with
     *        {@code ...}; -1 logs every message whole
     * @throws IllegalArgumentException for a limit under -1
     */
    JsonRpcClientBuilder trafficLogging(int payloadLimit);

    /** A header sent with every HTTP request, or with the WebSocket upgrade request. */
    JsonRpcClientBuilder header(String name, String value);

    /**
     * The value of a path parameter of the interface's {@code @JsonRpcEndpoint}, {@code tenant} of
     * {@code "/tenants/{tenant}"}: with a {@link #url} without a path, the client calls the endpoint's path with it.
     */
    JsonRpcClientBuilder pathParam(String name, String value);

    /**
     * Headers made anew for each HTTP request, or for each opening of the WebSocket connection; in place of those of
     * the interface's {@link RegisterJsonRpcClient#headers()}.
     */
    JsonRpcClientBuilder headers(JsonRpcClientHeaders headers);

    /** HTTP Basic credentials. */
    JsonRpcClientBuilder basicAuth(String username, String password);

    /** A bearer token, sent as {@code Authorization: Bearer <token>}. */
    JsonRpcClientBuilder bearerToken(String token);

    /**
     * A named TLS configuration of the Quarkus TLS registry ({@code quarkus.tls."<name>".*}), for an {@code https://},
     * {@code wss://} or Stork URL: {@code build} refuses it with an {@code http://} or {@code ws://} URL.
     */
    JsonRpcClientBuilder tlsConfigurationName(String name);

    /**
     * A named proxy of the Quarkus proxy registry ({@code quarkus.proxy."<name>".*}), or {@code none} for none; the
     * default proxy ({@code quarkus.proxy.*}), if one is configured, when unset.
     */
    JsonRpcClientBuilder proxyConfigurationName(String name);

    /** Positional (the default) or named params. */
    JsonRpcClientBuilder paramsStyle(ParamsStyle style);

    /**
     * How many HTTP connections to the server the client keeps open at most (20 by default); calls beyond them wait
     * for one, within their timeout.
     *
     * @throws IllegalArgumentException for fewer than 1
     */
    JsonRpcClientBuilder maxHttpConnections(int max);

    /**
     * Whether a call's {@code POST} that the server answers with a redirect goes where it points ({@code false} by
     * default), as {@code quarkus.jsonrpc-client."key".follow-redirects} says for a configured client: a {@code 307}
     * or {@code 308} sends it there again, a {@code 303} gets its answer there with a {@code GET}; a {@code 301} or
     * {@code 302} is not followed.
     */
    JsonRpcClientBuilder followRedirects(boolean follow);

    /**
     * The most redirects one call follows (16 by default), where {@link #followRedirects(boolean)} is on.
     *
     * @throws IllegalArgumentException for a negative number
     */
    JsonRpcClientBuilder maxRedirects(int max);

    /**
     * Whether the HTTP transport asks for compressed responses and reads them, as
     * {@code quarkus.jsonrpc-client."key".enable-compression} says for a configured client; by default, as for a
     * configured client, the application's own {@code quarkus.http.enable-compression}, {@code false} when unset.
     */
    JsonRpcClientBuilder enableCompression(boolean enabled);

    /**
     * Whether the HTTP transport speaks HTTP/2 with a server that does ({@code false} by default), as
     * {@code quarkus.jsonrpc-client."key".http2} says for a configured client: {@code h2} over TLS, {@code h2c} over
     * {@code http://}.
     */
    JsonRpcClientBuilder http2(boolean enabled);

    /**
     * Whether the HTTP transport offers HTTP/2 in the TLS handshake of an {@code https://} URL, and speaks it with a
     * server that agrees ({@code false} by default), as {@code quarkus.jsonrpc-client."key".alpn} says for a
     * configured client: HTTP/2 over TLS only, HTTP/1.1 over {@code http://}. {@link #http2(boolean)} offers it
     * whatever this says.
     */
    JsonRpcClientBuilder alpn(boolean enabled);

    /**
     * The largest message a WebSocket client reads, in bytes (16 MiB by default), as
     * {@code quarkus.jsonrpc-client."key".max-message-size} says for a configured client: a larger one closes the
     * connection, and fails the calls waiting on it.
     *
     * @throws IllegalArgumentException for less than 1 byte
     */
    JsonRpcClientBuilder maxMessageSize(int bytes);

    /**
     * Whether a WebSocket client offers its server to compress messages, permessage-deflate ({@code false} by
     * default), as {@code quarkus.jsonrpc-client."key".offer-per-message-compression} says for a configured client.
     */
    JsonRpcClientBuilder offerPerMessageCompression(boolean offer);

    /**
     * How hard a WebSocket client deflates the messages it sends, where its server agreed to per-message compression:
     * from 0 (not at all) to 9 (hardest), 6 by default, as {@code quarkus.jsonrpc-client."key".compression-level} says
     * for a configured client.
     *
     * @throws IllegalArgumentException for a level outside 0 to 9
     */
    JsonRpcClientBuilder compressionLevel(int level);

    /**
     * How the server speaks of subscriptions, where it is not this project's server, as
     * {@code quarkus.jsonrpc-client."key".subscriptions.*} says for a configured client: Ethereum nodes use
     * {@code subscriptions("eth_subscribe", "eth_subscription", "eth_unsubscribe")}.
     *
     * @param subscribeMethod the method that starts every subscription, with the subscription's {@code @JsonRpc} name
     *        as first positional param; {@code null}, the default, for each subscription calling its own method
     * @param notificationMethod the notification carrying the items ({@code rpc.subscription} by default)
     * @param unsubscribeMethod the method that ends a subscription ({@code rpc.unsubscribe} by default)
     */
    JsonRpcClientBuilder subscriptions(String subscribeMethod, String notificationMethod, String unsubscribeMethod);

    /**
     * Whether a subscription survives a dropped connection: {@code true} subscribes again once reconnected (items sent
     * meanwhile are lost); {@code false}, the default, ends its {@code Multi} with a
     * {@link JsonRpcTransportException}.
     */
    JsonRpcClientBuilder resubscribe(boolean resubscribe);

    /**
     * Whether a WebSocket client with something waiting for notifications reconnects in the background after a drop
     * ({@code true} by default); without it the next call reconnects.
     */
    JsonRpcClientBuilder reconnect(boolean enabled);

    /**
     * The pauses of background reconnection: at once, then {@code initialDelay} (200 ms by default), doubling up to
     * {@code maxDelay} (30 s by default).
     *
     * @throws IllegalArgumentException for a first pause that is not positive, or is under 1 ms, or a longest pause
     *         shorter than the first
     */
    JsonRpcClientBuilder reconnectDelays(Duration initialDelay, Duration maxDelay);

    /**
     * Whether each call is timed ({@code jsonrpc.client.requests}), where the application has quarkus-micrometer
     * ({@code true} by default).
     */
    JsonRpcClientBuilder metrics(boolean enabled);

    /**
     * Whether each call is a client span, where the application has quarkus-opentelemetry ({@code true} by default).
     */
    JsonRpcClientBuilder traces(boolean enabled);

    /** The client, which also implements {@link JsonRpcClientControl}. */
    <T> T build(Class<T> clientInterface);
}
