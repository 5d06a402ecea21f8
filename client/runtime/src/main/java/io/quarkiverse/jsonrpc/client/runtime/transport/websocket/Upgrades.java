package io.quarkiverse.jsonrpc.client.runtime.transport.websocket;

import java.util.concurrent.TimeUnit;

import io.netty.channel.ConnectTimeoutException;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.client.runtime.transport.ConnectionOptions;
import io.quarkiverse.jsonrpc.client.runtime.transport.FailureReasons;
import io.quarkiverse.jsonrpc.client.runtime.transport.MadeHeaders;
import io.quarkiverse.jsonrpc.client.runtime.transport.ServiceInstances;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.impl.ContextInternal;

/**
 * How a client's WebSocket connections open: each upgrade to the server, or to the instance of its service chosen
 * for that connection, with the configured headers and those made for it.
 */
final class Upgrades {

    private final Vertx vertx;
    private final ClientSettings settings;
    private final WebSocketClient client;
    /** The server's URL in it, where the URL is the server's. */
    private final WebSocketConnectOptions connectOptions;
    /** {@code null} where the URL is the server's. */
    private final ServiceInstances instances;

    Upgrades(Vertx vertx, ClientSettings settings, ConnectionOptions connections) {
        this.vertx = vertx;
        this.settings = settings;
        WebSocketClientOptions options = new WebSocketClientOptions()
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                // a frame past it fails as a message past it does (see ConnectionFailures)
                .setMaxMessageSize(settings.webSocketOptions().maxMessageSize())
                .setMaxFrameSize(settings.webSocketOptions().maxMessageSize())
                .setTryUsePerMessageCompression(settings.webSocketOptions().offerPerMessageCompression())
                .setCompressionLevel(settings.webSocketOptions().compressionLevel());
        connections.applyTo(options, settings);
        this.client = vertx.createWebSocketClient(options);
        // the connect timeout bounds the upgrade too: a server that accepts the connection and never answers the
        // upgrade (hung, or a proxy whose server is not up yet) would otherwise hold the connecting client for good
        this.connectOptions = new WebSocketConnectOptions().setTimeout(settings.connectTimeout().toMillis())
                // a browser's header, which Vert.x sends by default: a server's origin check, which lets clients
                // without one through, would judge it, and refuse it behind a proxy that changes the scheme or host
                .setAllowOriginHeader(false);
        settings.headers().forEach(connectOptions::addHeader);
        this.instances = ServiceInstances.of(settings);
        if (instances == null) {
            connectOptions.setAbsoluteURI(settings.url().toString());
        }
    }

    /** A new connection; failed, a {@code JsonRpcTransportException}: "Cannot connect to (URL): (why)". */
    Future<WebSocket> open() {
        long started = System.nanoTime();
        Future<WebSocket> opened = instances == null ? open(connectOptions)
                : instances.choose(vertx.getOrCreateContext(), false).compose(chosen -> open(
                        new WebSocketConnectOptions(connectOptions).setAbsoluteURI(chosen.url().toString())));
        return opened.recover(failure -> Future.failedFuture(new JsonRpcTransportException("Cannot connect to "
                + settings.url() + ": " + reason(failure, started), failure)));
    }

    /**
     * Why an attempt failed: Vert.x ends an upgrade the server has not answered within the connect timeout by closing
     * the connection, and says only that it closed during the handshake, as if the server had closed it.
     */
    private String reason(Throwable failure, long startedNanos) {
        long timeoutMillis = settings.connectTimeout().toMillis();
        if (timeoutMillis > 0 && !(failure instanceof ConnectTimeoutException)
                && System.nanoTime() - startedNanos >= TimeUnit.MILLISECONDS.toNanos(timeoutMillis)) {
            return "the server did not answer the WebSocket upgrade within " + timeoutMillis + " ms (connect-timeout)";
        }
        return FailureReasons.of(failure);
    }

    /**
     * With the headers made for it, if the client makes some: a new token for each connection, made on the caller's
     * context, where its bean sees the caller's request.
     */
    private Future<WebSocket> open(WebSocketConnectOptions target) {
        if (settings.madeHeaders() == null) {
            return connect(target);
        }
        return MadeHeaders.of(settings, vertx.getOrCreateContext()).compose(headers -> {
            WebSocketConnectOptions options = new WebSocketConnectOptions(target);
            headers.forEach(options::putHeader);
            return connect(options);
        });
    }

    /**
     * Connects from the root of the caller's context. A connection runs its handlers on the context it was opened
     * from, for every call it carries: opened from a request's (duplicated) context, it would lend that request's
     * locals and logging context to other callers' answers and to notification receivers.
     */
    private Future<WebSocket> connect(WebSocketConnectOptions options) {
        ContextInternal current = (ContextInternal) vertx.getOrCreateContext();
        ContextInternal root = current.unwrap();
        if (root == current) {
            return client.connect(options);
        }
        Promise<WebSocket> connected = Promise.promise();
        root.runOnContext(ignored -> client.connect(options).onComplete(connected));
        return connected.future();
    }

    Future<Void> close() {
        return client.close();
    }
}
