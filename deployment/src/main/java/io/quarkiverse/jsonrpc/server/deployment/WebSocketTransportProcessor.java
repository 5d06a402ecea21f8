package io.quarkiverse.jsonrpc.server.deployment;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkiverse.jsonrpc.server.runtime.ServerAssembly;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;
import io.quarkiverse.jsonrpc.server.runtime.security.UpgradeSecurity;
import io.quarkiverse.jsonrpc.server.runtime.transport.CompressionThreshold;
import io.quarkiverse.jsonrpc.server.runtime.transport.FrameCompressionPolicy;
import io.quarkiverse.jsonrpc.server.runtime.transport.JsonRpcUpgradeCheck;
import io.quarkiverse.jsonrpc.server.runtime.transport.WebSocketTransport;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.GeneratedBeanBuildItem;
import io.quarkus.arc.deployment.GeneratedBeanGizmo2Adaptor;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.AdditionalIndexedClassesBuildItem;
import io.quarkus.deployment.builditem.RunTimeConfigurationDefaultBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveMethodBuildItem;
import io.quarkus.gizmo2.Const;
import io.quarkus.gizmo2.Gizmo;
import io.quarkus.gizmo2.ParamVar;
import io.quarkus.gizmo2.desc.ConstructorDesc;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.quarkus.websockets.next.InboundProcessingMode;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.runtime.WebSocketConnectionBase;

/** Serves JSON-RPC over websockets-next at the configured path and at the path of each {@code @JsonRpcEndpoint}. */
class WebSocketTransportProcessor {

    static final String ENDPOINT_CLASS = WebSocketTransport.class.getName() + "Endpoint";
    static final String PER_MESSAGE_COMPRESSION = "quarkus.websockets-next.server.per-message-compression-supported";
    static final String UPGRADE_CONTEXT_CLASS = "io.quarkus.websockets.next.runtime.HttpUpgradeContextImpl";

    /** websockets-next sets up its server only when the index holds an endpoint; the generated one is not indexed. */
    @BuildStep
    AdditionalIndexedClassesBuildItem indexPlaceholderEndpoint(JsonRpcServerBuildTimeConfig config) {
        return config.websocket().enabled()
                ? new AdditionalIndexedClassesBuildItem("io.quarkiverse.jsonrpc.server.runtime.transport.NoEndpoint")
                : new AdditionalIndexedClassesBuildItem();
    }

    /**
     * permessage-deflate off unless the application turns it on. Browsers and Node.js offer it on every connection,
     * and websockets-next accepts it by default: each JSON-RPC message, typically under 200 bytes, is then deflated
     * and inflated, which measured 3 to 8 times the server CPU of a call and 3.6 times the memory of a connection
     * (a zlib context per direction) for bytes that hardly shrink (the performance page's "Compression"). A default
     * only: the application's own setting wins.
     */
    @BuildStep
    void perMessageCompressionOff(JsonRpcServerBuildTimeConfig config,
            BuildProducer<RunTimeConfigurationDefaultBuildItem> defaults) {
        if (config.websocket().enabled()) {
            defaults.produce(new RunTimeConfigurationDefaultBuildItem(PER_MESSAGE_COMPRESSION, "false"));
        }
    }

    /**
     * Origin and authentication checks of the upgrade, and its refusal while the application stops; UTF-8
     * validation of the text frames that follow it; per-frame deflate as the application has permessage-deflate, and
     * the size under which, with compression on, the messages sent go out uncompressed.
     */
    @BuildStep
    void upgradeCheck(JsonRpcServerBuildTimeConfig config, BuildProducer<AdditionalBeanBuildItem> beans) {
        if (config.websocket().enabled()) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(JsonRpcUpgradeCheck.class));
            beans.produce(AdditionalBeanBuildItem.unremovableOf(UpgradeSecurity.class));
            beans.produce(AdditionalBeanBuildItem.unremovableOf(FrameCompressionPolicy.class));
            beans.produce(AdditionalBeanBuildItem.unremovableOf(CompressionThreshold.class));
        }
    }

    /**
     * The methods of websockets-next and Quarkus HTTP the transport reaches by method handle: a connection's Vert.x
     * WebSocket, read directly, an upgrade's request, released for anonymous callers, and the end of that request for
     * Quarkus's graceful shutdown and access log. A native executable resolves a method handle only to a method
     * registered for reflection; unregistered, each falls back to what it did without it.
     */
    @BuildStep
    void websocketsNextAccessors(JsonRpcServerBuildTimeConfig config, BuildProducer<ReflectiveMethodBuildItem> methods) {
        if (config.websocket().enabled()) {
            String reason = "JSON-RPC WebSocket transport";
            methods.produce(new ReflectiveMethodBuildItem(reason, WebSocketConnectionBase.class.getName(), "webSocket",
                    new String[0]));
            methods.produce(new ReflectiveMethodBuildItem(reason, UPGRADE_CONTEXT_CLASS, "routingContext", new String[0]));
            methods.produce(new ReflectiveMethodBuildItem(reason, QuarkusRequestWrapper.class.getName(), "done",
                    new String[0]));
        }
    }

    /**
     * The paths are configuration and annotations, so the {@code @WebSocket} endpoints are generated rather than
     * written: one at the configured path, and one for each {@code @JsonRpcEndpoint}, before the beans are known. The
     * one of an endpoint no bean has refuses its upgrades ({@link JsonRpcUpgradeCheck}).
     */
    @BuildStep
    void generateEndpoints(JsonRpcServerBuildTimeConfig config, AnnotatedEndpointsBuildItem endpoints,
            BuildProducer<GeneratedBeanBuildItem> generatedBeans) {
        if (!config.websocket().enabled()) {
            return;
        }
        Gizmo gizmo = Gizmo.create(new GeneratedBeanGizmo2Adaptor(generatedBeans))
                .withDebugInfo(false)
                .withParameters(false);
        generateEndpoint(gizmo, ENDPOINT_CLASS, EndpointPaths.webSocket(config), null);
        for (int i = 0; i < endpoints.paths().size(); i++) {
            String path = endpoints.paths().get(i);
            generateEndpoint(gizmo, ENDPOINT_CLASS + "_" + (i + 1), path, path);
        }
    }

    /** @param endpoint the path of a {@code @JsonRpcEndpoint}; {@code null} for the configured path */
    private static void generateEndpoint(Gizmo gizmo, String className, String path, String endpoint) {
        gizmo.class_(className, cc -> {
            cc.extends_(WebSocketTransport.class);
            cc.addAnnotation(WebSocket.class, ac -> {
                ac.add("path", path);
                ac.add("endpointId", JsonRpcUpgradeCheck.endpointId(endpoint));
                ac.add("inboundProcessingMode", InboundProcessingMode.CONCURRENT);
            });
            cc.addAnnotation(Singleton.class);
            cc.constructor(constructor -> {
                constructor.addAnnotation(Inject.class);
                ParamVar server = constructor.parameter("server", ServerAssembly.class);
                ParamVar runtimeConfig = constructor.parameter("config", JsonRpcServerConfig.class);
                constructor.body(body -> {
                    body.invokeSpecial(ConstructorDesc.of(WebSocketTransport.class, ServerAssembly.class,
                            String.class, JsonRpcServerConfig.class), cc.this_(), server,
                            endpoint == null ? Const.ofNull(String.class) : Const.of(endpoint), runtimeConfig);
                    body.return_();
                });
            });
        });
    }
}
