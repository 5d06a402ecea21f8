package io.quarkiverse.jsonrpc.server.deployment;

import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkiverse.jsonrpc.server.runtime.JsonRpcServer;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkiverse.jsonrpc.server.runtime.transport.WebSocketTransport;
import io.quarkiverse.jsonrpc.server.runtime.transport.WebSocketUpgradeCheck;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.GeneratedBeanBuildItem;
import io.quarkus.arc.deployment.GeneratedBeanGizmo2Adaptor;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.AdditionalIndexedClassesBuildItem;
import io.quarkus.gizmo2.GenericType;
import io.quarkus.gizmo2.Gizmo;
import io.quarkus.gizmo2.ParamVar;
import io.quarkus.gizmo2.TypeArgument;
import io.quarkus.gizmo2.desc.ConstructorDesc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.websockets.next.InboundProcessingMode;
import io.quarkus.websockets.next.WebSocket;

/** Serves JSON-RPC over websockets-next at the configured path. */
class WebSocketTransportProcessor {

    static final String ENDPOINT_CLASS = WebSocketTransport.class.getName() + "Endpoint";

    /** websockets-next sets up its server only when the index holds an endpoint; the generated one is not indexed. */
    @BuildStep
    AdditionalIndexedClassesBuildItem indexPlaceholderEndpoint(JsonRpcServerBuildTimeConfig config) {
        return config.websocket().enabled()
                ? new AdditionalIndexedClassesBuildItem("io.quarkiverse.jsonrpc.server.runtime.transport.NoEndpoint")
                : new AdditionalIndexedClassesBuildItem();
    }

    /** Origin and authentication checks of the upgrade. */
    @BuildStep
    void upgradeCheck(JsonRpcServerBuildTimeConfig config, BuildProducer<AdditionalBeanBuildItem> beans) {
        if (config.websocket().enabled()) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(WebSocketUpgradeCheck.class));
        }
    }

    /** The path is configuration, so the {@code @WebSocket} endpoint is generated rather than written. */
    @BuildStep
    void generateEndpoint(JsonRpcServerBuildTimeConfig config, BuildProducer<GeneratedBeanBuildItem> generatedBeans) {
        if (!config.websocket().enabled()) {
            return;
        }
        Gizmo gizmo = Gizmo.create(new GeneratedBeanGizmo2Adaptor(generatedBeans))
                .withDebugInfo(false)
                .withParameters(false);
        gizmo.class_(ENDPOINT_CLASS, cc -> {
            cc.extends_(WebSocketTransport.class);
            cc.addAnnotation(WebSocket.class, ac -> {
                ac.add("path", config.websocket().path());
                ac.add("endpointId", WebSocketTransport.ENDPOINT_ID);
                ac.add("inboundProcessingMode", InboundProcessingMode.CONCURRENT);
            });
            cc.addAnnotation(Singleton.class);
            cc.constructor(constructor -> {
                constructor.addAnnotation(Inject.class);
                ParamVar server = constructor.parameter("server", JsonRpcServer.class);
                ParamVar identities = constructor.parameter("identityAssociation", GenericType.of(Instance.class,
                        List.of(TypeArgument.of(CurrentIdentityAssociation.class))));
                constructor.body(body -> {
                    body.invokeSpecial(ConstructorDesc.of(WebSocketTransport.class, JsonRpcServer.class, Instance.class),
                            cc.this_(), server, identities);
                    body.return_();
                });
            });
        });
    }
}
