package io.quarkiverse.jsonrpc.client.runtime.transport;

import java.net.URI;
import java.net.URISyntaxException;

import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.smallrye.mutiny.Uni;
import io.smallrye.stork.Stork;
import io.smallrye.stork.api.ServiceInstance;
import io.vertx.core.Context;
import io.vertx.core.Future;

/**
 * The servers of a client whose URL names a service rather than a server ({@code stork://calc/jsonrpc}): SmallRye
 * Stork finds the service's instances and its load balancer chooses one for each HTTP request and for each WebSocket
 * connection, as it does for each request of a REST client. The URL's path and query stay; its scheme becomes
 * {@code https} or {@code wss} where the URL's says so ({@code storks}, {@code stork+wss}) or the instance is secure.
 */
public final class ServiceInstances {

    private final ClientSettings settings;
    private final String service;

    private ServiceInstances(ClientSettings settings) {
        this.settings = settings;
        this.service = settings.serviceName();
    }

    /** {@code null} where the client's URL is its server's. */
    public static ServiceInstances of(ClientSettings settings) {
        return settings.serviceName() == null ? null : new ServiceInstances(settings);
    }

    /**
     * The URL of the instance chosen for one exchange or connection, completed on {@code context}.
     *
     * @param statistics whether the instance is told when the exchange starts, is answered and ends, for load
     *        balancers that choose by them (least response time): an HTTP request's; a WebSocket connection, which
     *        carries many calls, is not timed
     */
    public Future<Chosen> choose(Context context, boolean statistics) {
        Uni<ServiceInstance> selected;
        try {
            selected = Stork.getInstance().getService(service).selectInstanceAndRecordStart(statistics);
        } catch (RuntimeException e) {
            // a service Stork has no configuration of: quarkus.stork."<service>".service-discovery.type unset
            return Future.failedFuture(failure(e));
        }
        return Future.fromCompletionStage(selected.subscribeAsCompletionStage(), context).transform(instance -> {
            if (instance.failed()) {
                return Future.failedFuture(failure(instance.cause()));
            }
            try {
                return Future.succeededFuture(new Chosen(url(instance.result()),
                        statistics && instance.result().gatherStatistics() ? instance.result() : null));
            } catch (URISyntaxException e) {
                return Future.failedFuture(failure(e));
            }
        });
    }

    private JsonRpcTransportException failure(Throwable cause) {
        return new JsonRpcTransportException("The JSON-RPC client '" + settings.configKey() + "' found no instance of"
                + " the service '" + service + "' (" + settings.url() + "): " + cause.getMessage(), cause);
    }

    private URI url(ServiceInstance instance) throws URISyntaxException {
        URI url = settings.url();
        boolean secure = settings.secure() || instance.isSecure();
        String scheme = settings.webSocket() ? (secure ? "wss" : "ws") : (secure ? "https" : "http");
        // an instance that names no host or port is the local host's, at its scheme's port, as a REST client takes it
        String host = instance.getHost() == null ? "localhost" : instance.getHost();
        int port = instance.getPort() > 0 ? instance.getPort() : -1;
        String server = new URI(scheme, url.getUserInfo(), host, port, null, null, null).toString();
        return new URI(server + (url.getRawPath() == null ? "" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
    }

    /**
     * An instance chosen, and, where its load balancer keeps statistics, the instance to tell how the exchange went.
     *
     * @param timed {@code null} where nothing is told
     */
    public record Chosen(URI url, ServiceInstance timed) {

        /** The server has answered: the response time a load balancer compares. */
        public void replied() {
            if (timed != null) {
                timed.recordReply();
            }
        }

        /** @param failure {@code null} for an exchange that succeeded */
        public void ended(Throwable failure) {
            if (timed != null) {
                timed.recordEnd(failure);
            }
        }
    }
}
