package io.quarkiverse.jsonrpc.client;

import java.net.URI;
import java.time.Duration;

import io.quarkus.arc.Arc;

/**
 * Creates a client at run time, for a server known only then. The interface must be annotated
 * {@link RegisterJsonRpcClient}, so that the build prepares it; nothing is read from the configuration.
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

    /** How long a call waits for its answer (30 seconds by default). */
    JsonRpcClientBuilder timeout(Duration timeout);

    /** How long opening a connection, a WebSocket's upgrade included, may take (10 seconds by default). */
    JsonRpcClientBuilder connectTimeout(Duration timeout);

    /**
     * Logs every message the client sends and receives, at DEBUG under the category
     * {@code io.quarkiverse.jsonrpc.client.traffic} (which must log DEBUG too), as
     * {@code quarkus.jsonrpc-client."key".traffic-logging.enabled} does for a configured client.
     *
     * @param payloadLimit how many characters of a message are logged: a longer one is cut there and ends with
     *        {@code ...}; -1 logs every message whole
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

    /** A named TLS configuration of the Quarkus TLS registry ({@code quarkus.tls."<name>".*}). */
    JsonRpcClientBuilder tlsConfigurationName(String name);

    /**
     * A named proxy of the Quarkus proxy registry ({@code quarkus.proxy."<name>".*}), or {@code none} for none; the
     * default proxy ({@code quarkus.proxy.*}), if one is configured, when unset.
     */
    JsonRpcClientBuilder proxyConfigurationName(String name);

    /** Positional (the default) or named params. */
    JsonRpcClientBuilder paramsStyle(ParamsStyle style);

    /** The client, which also implements {@link JsonRpcClientControl}. */
    <T> T build(Class<T> clientInterface);
}
