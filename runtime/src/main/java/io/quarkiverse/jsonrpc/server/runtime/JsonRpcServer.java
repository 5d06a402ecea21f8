package io.quarkiverse.jsonrpc.server.runtime;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;
import io.quarkiverse.jsonrpc.server.runtime.engine.EngineOptions;
import io.quarkiverse.jsonrpc.server.runtime.engine.JsonRpcEngine;
import io.quarkiverse.jsonrpc.server.runtime.engine.MethodTable;
import io.quarkiverse.jsonrpc.server.runtime.engine.NotificationWriter;
import io.quarkiverse.jsonrpc.server.runtime.engine.RpcMethod;
import io.quarkiverse.jsonrpc.server.runtime.engine.RpcParam;
import io.quarkiverse.jsonrpc.server.runtime.push.ConnectionRegistry;
import io.quarkiverse.jsonrpc.server.runtime.push.PushSupport;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.LaunchMode;

/**
 * The engine of this application: the recorded methods, bound to their invokers and to the application's
 * ObjectMapper. Both transports hand their messages to it.
 */
@Singleton
public class JsonRpcServer {

    private final JsonRpcEngine engine;
    private final PushSupport push;
    private final LifecycleHooks hooks;

    JsonRpcServer(RecordedMethods recorded, ObjectMapper mapper, JsonRpcServerConfig config,
            ConnectionRegistry registry) {
        List<RpcMethod> methods = new ArrayList<>(recorded.methods().size());
        for (RecordedMethod method : recorded.methods()) {
            methods.add(toRpcMethod(method, mapper));
        }
        boolean includeDetails = config.errors().includeDetails().orElse(LaunchMode.current() != LaunchMode.NORMAL);
        this.engine = new JsonRpcEngine(new MethodTable(methods), mapper,
                new EngineOptions(config.maxBatchSize(), includeDetails, recorded.declaredErrors()));
        this.hooks = new LifecycleHooks(recorded.hooks(), Arc.container().requestContext());
        this.push = new PushSupport(registry, new NotificationWriter(mapper),
                failure -> engine.errorOf(failure, "subscription"), config.subscriptions().overflow());
    }

    public JsonRpcEngine engine() {
        return engine;
    }

    /** What runs when a WebSocket connection opens or closes. */
    public LifecycleHooks hooks() {
        return hooks;
    }

    /** The connections of this instance and what pushing to them needs. */
    public PushSupport push() {
        return push;
    }

    private static RpcMethod toRpcMethod(RecordedMethod method, ObjectMapper mapper) {
        List<RpcParam> params = new ArrayList<>(method.params().size());
        for (RecordedMethod.Param param : method.params()) {
            JavaType type = param.jacksonType() == null ? null
                    : mapper.getTypeFactory().constructFromCanonical(param.jacksonType());
            params.add(new RpcParam(param.name(), param.kind(), type));
        }
        InvokerMethodCall call = new InvokerMethodCall(method.invoker().getValue(), method.executionModel(),
                method.resultKind(), Arc.container().requestContext());
        return new RpcMethod(method.name(), params, EnumSet.copyOf(method.transports()), call);
    }
}
