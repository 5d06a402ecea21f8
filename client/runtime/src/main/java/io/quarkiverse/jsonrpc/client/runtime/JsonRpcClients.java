package io.quarkiverse.jsonrpc.client.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.client.JsonRpcClientHeaders;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.client.runtime.config.JsonRpcClientsConfig;
import io.quarkiverse.jsonrpc.client.runtime.config.JsonRpcClientsConfig.ClientConfig;
import io.quarkiverse.jsonrpc.client.runtime.transport.ClientTransport;
import io.quarkiverse.jsonrpc.client.runtime.transport.ConnectionOptions;
import io.quarkiverse.jsonrpc.client.runtime.transport.http.HttpClientTransport;
import io.quarkiverse.jsonrpc.client.runtime.transport.websocket.WebSocketClientTransport;
import io.quarkus.arc.Arc;
import io.quarkus.proxy.ProxyConfiguration;
import io.quarkus.proxy.ProxyConfigurationRegistry;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
import io.vertx.core.Vertx;

/**
 * Every client of the application: one {@link ClientCore} per interface and config key, made at startup from the
 * configuration, the interfaces of a config key sharing its {@link ClientConnection}; and those made by
 * {@link DefaultJsonRpcClientBuilder}, each with a connection of its own; all closed at shutdown.
 */
@Singleton
public class JsonRpcClients {

    private final Vertx vertx;
    private final ObjectMapper mapper;
    private final Instance<TlsConfigurationRegistry> tlsRegistry;
    private final Instance<ProxyConfigurationRegistry> proxyRegistry;
    private final ObservedCalls observed;
    private final Map<String, RecordedClient> byInterface = new ConcurrentHashMap<>();
    /** By interface: interfaces may share a config key, each has its own client (calls are by method index). */
    private final Map<String, ClientCore> configured = new TreeMap<>();
    /**
     * The connections of the configured clients, by config key, URL and headers bean: the interfaces of a config key
     * share one, but for those that call another endpoint, or make other headers.
     */
    private final Map<String, ClientConnection> connections = new HashMap<>();
    private final List<ClientCore> built = new ArrayList<>();
    private JsonRpcClientsConfig config;

    JsonRpcClients(Vertx vertx, ObjectMapper mapper, Instance<TlsConfigurationRegistry> tlsRegistry,
            Instance<ProxyConfigurationRegistry> proxyRegistry, Instance<ClientCallListener> listeners) {
        this.vertx = vertx;
        this.mapper = mapper;
        this.tlsRegistry = tlsRegistry;
        this.proxyRegistry = proxyRegistry;
        this.observed = new ObservedCalls(listeners.stream().toList());
    }

    /**
     * Checks the configuration of the clients the application uses, and makes them: those a bean injects, those
     * whose notifications a receiver takes, those configured. A missing URL stops the application here. A client
     * only built at run time ({@link io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder}) needs no configuration;
     * looked up from the container without any, it fails then, with the same message.
     */
    synchronized void initialize(List<RecordedClient> clients, List<RecordedReceiver> receivers,
            JsonRpcClientsConfig config) {
        this.config = config;
        Config read = ConfigProvider.getConfig();
        config.clients().keySet().forEach(configKey -> UnquotedKeys.warnOfIgnored(read, configKey));
        Set<String> received = new HashSet<>();
        receivers.forEach(receiver -> received.add(receiver.configKey()));
        for (RecordedClient client : clients) {
            byInterface.put(client.interfaceName(), client);
            ClientConfig clientConfig = config.clients().get(client.configKey());
            if (client.injected() || received.contains(client.configKey())
                    || (clientConfig != null && clientConfig.url().isPresent())) {
                configured.put(client.interfaceName(), configuredCore(client));
            }
        }
        // a receiver listens on the connection of its config key; where the interfaces of a key call different
        // endpoints (different URLs) or make other headers, on that of the first interface (by name)
        Map<String, ClientCore> byConfigKey = new TreeMap<>();
        configured.values().forEach(core -> byConfigKey.putIfAbsent(core.settings().configKey(), core));
        NotificationReceivers.register(receivers, byConfigKey, mapper);
    }

    synchronized GeneratedClient configured(String interfaceName) {
        RecordedClient recorded = byInterface.get(interfaceName);
        ClientCore core = configured.computeIfAbsent(interfaceName, name -> configuredCore(recorded));
        return recorded.prototype().getValue().newInstance().bind(core, null);
    }

    private ClientCore configuredCore(RecordedClient client) {
        ClientSettings settings = ConfiguredSettings.of(client.configKey(), client.interfaceName(), client.endpoint(),
                config.clients().get(client.configKey())).withMadeHeaders(headersBean(client));
        ClientConnection connection = connections.computeIfAbsent(settings.configKey() + " " + settings.url() + " "
                + client.headersBean(), key -> connection(settings));
        return new ClientCore(settings, client, vertx, mapper, observed, connection);
    }

    /** The bean of {@code @RegisterJsonRpcClient(headers)}: the build made its class a bean. */
    private static JsonRpcClientHeaders headersBean(RecordedClient client) {
        return client.headersBean() == null ? null
                : (JsonRpcClientHeaders) Arc.container().instance(client.headersBean()).get();
    }

    synchronized GeneratedClient build(Class<?> clientInterface, ClientSettings settings) {
        RecordedClient recorded = byInterface.get(clientInterface.getName());
        if (recorded == null && clientInterface.isAnnotationPresent(RegisterJsonRpcClient.class)) {
            // the build reads the index: an interface only built, never injected, is not indexed for it
            throw new IllegalArgumentException(clientInterface.getName() + " is annotated @RegisterJsonRpcClient, but"
                    + " the build did not see it: its archive has no Jandex index. Add one (the"
                    + " io.smallrye:jandex-maven-plugin, or an empty META-INF/beans.xml), or inject it somewhere as"
                    + " @JsonRpcClient, which indexes it");
        }
        if (recorded == null) {
            throw new IllegalArgumentException(clientInterface.getName() + " is not a JSON-RPC client interface:"
                    + " annotate it @RegisterJsonRpcClient so that the build prepares it");
        }
        ClientSettings made = settings.madeHeaders() == null ? settings.withMadeHeaders(headersBean(recorded))
                : settings;
        ClientCore core = new ClientCore(made, recorded, vertx, mapper, observed, connection(made));
        built.add(core);
        return recorded.prototype().getValue().newInstance().bind(core, () -> closeBuilt(core));
    }

    /** A built client closed by the application: forgotten, or an application building a client per task keeps all. */
    private void closeBuilt(ClientCore core) {
        synchronized (this) {
            built.remove(core);
        }
        core.close();
    }

    String configKeyOf(Class<?> clientInterface) {
        RecordedClient recorded = byInterface.get(clientInterface.getName());
        return recorded == null ? clientInterface.getName() : recorded.configKey();
    }

    /** The path of the {@code @JsonRpcEndpoint} whose methods the interface calls; {@code null} for none. */
    String endpointOf(Class<?> clientInterface) {
        RecordedClient recorded = byInterface.get(clientInterface.getName());
        return recorded == null ? null : recorded.endpoint();
    }

    /** The clients made from the configuration, by interface name, for the Dev UI. */
    public synchronized Map<String, ClientCore> configuredClients() {
        return Collections.unmodifiableMap(new TreeMap<>(configured));
    }

    private ClientConnection connection(ClientSettings settings) {
        // a service's instances may be secure where its URL does not say so
        TlsConfiguration tls = settings.secure() || settings.serviceName() != null ? tls(settings) : null;
        ConnectionOptions options = new ConnectionOptions(tls, proxy(settings));
        return new ClientConnection(settings, mapper, listener -> transport(settings, options, listener));
    }

    private ClientTransport transport(ClientSettings settings, ConnectionOptions connections,
            io.quarkiverse.jsonrpc.client.runtime.transport.ConnectionListener listener) {
        return settings.webSocket() ? new WebSocketClientTransport(vertx, mapper, settings, connections, listener)
                : new HttpClientTransport(vertx, mapper, settings, connections);
    }

    /** The proxy the client names, or else the default one; {@code null} for none. */
    private ProxyConfiguration proxy(ClientSettings settings) {
        if (!proxyRegistry.isResolvable()) {
            return null;
        }
        Optional<String> name = settings.proxyConfigurationName();
        try {
            // none is a configuration of its own in the registry, of host "none"
            return proxyRegistry.get().get(name).filter(proxy -> !ProxyConfigurationRegistry.NONE.equals(proxy.host()))
                    .orElse(null);
        } catch (IllegalStateException e) {
            throw new ConfigurationException("The JSON-RPC client '" + settings.configKey() + "' names the proxy"
                    + " configuration '" + name.orElse("") + "', which does not exist: configure quarkus.proxy.\""
                    + name.orElse("") + "\".host, or name none for no proxy");
        }
    }

    private TlsConfiguration tls(ClientSettings settings) {
        if (!tlsRegistry.isResolvable()) {
            return null;
        }
        TlsConfigurationRegistry registry = tlsRegistry.get();
        Optional<String> name = settings.tlsConfigurationName();
        if (name.isPresent()) {
            return registry.get(name.get()).orElseThrow(() -> new ConfigurationException("The JSON-RPC client '"
                    + settings.configKey() + "' names the TLS configuration '" + name.get() + "', which does not"
                    + " exist: configure quarkus.tls.\"" + name.get() + "\".*"));
        }
        return registry.getDefault().orElse(null);
    }

    /** The application is stopping: its clients' connections stay closed once dropped; they close at destruction. */
    synchronized void stopReconnecting() {
        // the configured clients' connections, each once, whichever interfaces share it
        connections.values().forEach(connection -> connection.transport().stopReconnecting());
        built.forEach(ClientCore::stopReconnecting);
    }

    @PreDestroy
    synchronized void closeAll() {
        connections.values().forEach(ClientConnection::close);
        built.forEach(ClientCore::close);
    }
}
