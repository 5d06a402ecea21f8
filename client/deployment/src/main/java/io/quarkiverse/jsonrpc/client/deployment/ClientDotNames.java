package io.quarkiverse.jsonrpc.client.deployment;

import java.io.Closeable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import org.jboss.jandex.DotName;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.JsonRpcClientExceptionMapper;
import io.quarkiverse.jsonrpc.client.JsonRpcClientHeaders;
import io.quarkiverse.jsonrpc.client.OnJsonRpcNotification;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.server.JsonRpcNotification;
import io.quarkus.arc.InjectableInstance;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

final class ClientDotNames {

    static final DotName REGISTER_JSON_RPC_CLIENT = DotName.createSimple(RegisterJsonRpcClient.class);
    static final DotName JSON_RPC_CLIENT = DotName.createSimple(JsonRpcClient.class);
    static final DotName JSON_RPC_CLIENT_HEADERS = DotName.createSimple(JsonRpcClientHeaders.class);
    static final DotName JSON_RPC = DotName.createSimple(JsonRpc.class);
    static final DotName JSON_RPC_NAMESPACE = DotName.createSimple(JsonRpcNamespace.class);
    static final DotName JSON_RPC_ENDPOINT = DotName.createSimple(JsonRpcEndpoint.class);
    static final DotName JSON_RPC_NOTIFICATION = DotName.createSimple(JsonRpcNotification.class);
    static final DotName ON_JSON_RPC_NOTIFICATION = DotName.createSimple(OnJsonRpcNotification.class);
    static final DotName JSON_RPC_CLIENT_EXCEPTION_MAPPER = DotName.createSimple(JsonRpcClientExceptionMapper.class);
    static final DotName JSON_RPC_CLIENT_EXCEPTION = DotName.createSimple(JsonRpcClientException.class);
    static final DotName RUNTIME_EXCEPTION = DotName.createSimple(RuntimeException.class);

    static final DotName SINGLETON = DotName.createSimple(Singleton.class);
    static final DotName INSTANCE = DotName.createSimple(Instance.class);
    static final DotName INJECTABLE_INSTANCE = DotName.createSimple(InjectableInstance.class);
    static final DotName PROVIDER = DotName.createSimple(Provider.class);

    static final DotName AUTO_CLOSEABLE = DotName.createSimple(AutoCloseable.class);
    static final DotName CLOSEABLE = DotName.createSimple(Closeable.class);

    static final DotName UNI = DotName.createSimple(Uni.class);
    static final DotName MULTI = DotName.createSimple(Multi.class);
    static final DotName COMPLETION_STAGE = DotName.createSimple(CompletionStage.class);
    static final DotName COMPLETABLE_FUTURE = DotName.createSimple(CompletableFuture.class);
    static final DotName VOID = DotName.createSimple(Void.class);
    static final DotName FLOW = DotName.createSimple("kotlinx.coroutines.flow.Flow");

    private ClientDotNames() {
    }
}
