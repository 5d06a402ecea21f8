package io.quarkiverse.jsonrpc.client.runtime.transport;

import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkus.proxy.ProxyConfiguration;
import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.runtime.config.TlsConfigUtils;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.net.ClientOptionsBase;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;

/**
 * What a client's connections go through besides its URL, from Quarkus's registries: a TLS configuration and a proxy.
 *
 * @param tls {@code null} for the JVM's defaults
 * @param proxy {@code null} for a direct connection
 */
public record ConnectionOptions(TlsConfiguration tls, ProxyConfiguration proxy) {

    public static final ConnectionOptions DIRECT = new ConnectionOptions(null, null);

    /** Sets them on the options of a Vert.x HTTP or WebSocket client of the server. */
    public void applyTo(ClientOptionsBase options, ClientSettings settings) {
        if (tls != null) {
            // the overload of the options' own type, chosen at run time: that of ClientOptionsBase leaves out the
            // configuration's hostname-verification-algorithm (and SNI over HTTP)
            if (options instanceof HttpClientOptions http) {
                TlsConfigUtils.configure(http, tls);
            } else if (options instanceof WebSocketClientOptions webSocket) {
                TlsConfigUtils.configure(webSocket, tls);
            } else {
                TlsConfigUtils.configure(options, tls);
            }
        }
        // each request's or upgrade's URL says whether it is secure: that of a service's instance may be where the
        // service's is not
        options.setSsl(settings.secure());
        if (proxy != null) {
            ProxyOptions proxyOptions = new ProxyOptions().setHost(proxy.host()).setPort(proxy.port())
                    .setType(switch (proxy.type()) {
                        case HTTP -> ProxyType.HTTP;
                        case SOCKS4 -> ProxyType.SOCKS4;
                        case SOCKS5 -> ProxyType.SOCKS5;
                    });
            proxy.username().ifPresent(proxyOptions::setUsername);
            proxy.password().ifPresent(proxyOptions::setPassword);
            proxy.proxyConnectTimeout().ifPresent(proxyOptions::setConnectTimeout);
            options.setProxyOptions(proxyOptions);
            proxy.nonProxyHosts().ifPresent(options::setNonProxyHosts);
        }
    }
}
