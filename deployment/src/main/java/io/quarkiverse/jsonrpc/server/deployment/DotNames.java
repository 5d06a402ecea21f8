package io.quarkiverse.jsonrpc.server.deployment;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;

import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Stereotype;
import jakarta.inject.Provider;

import org.jboss.jandex.DotName;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.quarkiverse.jsonrpc.server.JsonRpcError;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.server.OnJsonRpcClose;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.server.spi.JsonRpcFilter;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.common.annotation.RunOnVirtualThread;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

final class DotNames {

    static final DotName JSON_RPC = DotName.createSimple(JsonRpc.class);
    static final DotName JSON_RPC_NAMESPACE = DotName.createSimple(JsonRpcNamespace.class);
    static final DotName JSON_RPC_ENDPOINT = DotName.createSimple(JsonRpcEndpoint.class);
    static final DotName JSON_RPC_ERROR = DotName.createSimple(JsonRpcError.class);
    static final DotName JSON_RPC_ERROR_DATA = DotName.createSimple(JsonRpcError.Data.class);
    static final DotName JSON_RPC_EXCEPTION = DotName.createSimple(JsonRpcException.class);
    static final DotName JSON_RPC_FILTER = DotName.createSimple(JsonRpcFilter.class);
    static final DotName JSON_RPC_EXCEPTION_MAPPER = DotName.createSimple(JsonRpcExceptionMapper.class);
    static final DotName THROWABLE = DotName.createSimple(Throwable.class);
    /** By name: the server must build without the client extension, whose client interfaces it leaves alone. */
    static final DotName REGISTER_JSON_RPC_CLIENT = DotName
            .createSimple("io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient");
    /** The qualifier of the client extension's beans, by name as well. */
    static final DotName JSON_RPC_CLIENT = DotName.createSimple("io.quarkiverse.jsonrpc.client.JsonRpcClient");
    static final DotName ON_OPEN = DotName.createSimple(OnJsonRpcOpen.class);
    static final DotName ON_CLOSE = DotName.createSimple(OnJsonRpcClose.class);
    static final DotName JSON_RPC_CONTEXT = DotName.createSimple(JsonRpcContext.class);
    static final DotName SECURITY_IDENTITY = DotName.createSimple(SecurityIdentity.class);
    static final DotName WEB_SOCKET_CONNECTION = DotName.createSimple(WebSocketConnection.class);

    static final DotName BLOCKING = DotName.createSimple(Blocking.class);
    static final DotName NON_BLOCKING = DotName.createSimple(NonBlocking.class);
    static final DotName RUN_ON_VIRTUAL_THREAD = DotName.createSimple(RunOnVirtualThread.class);

    static final DotName UNI = DotName.createSimple(Uni.class);
    static final DotName MULTI = DotName.createSimple(Multi.class);
    static final DotName COMPLETION_STAGE = DotName.createSimple(CompletionStage.class);
    static final DotName COMPLETABLE_FUTURE = DotName.createSimple(CompletableFuture.class);
    static final DotName FUTURE = DotName.createSimple(Future.class);
    static final DotName FLOW_PUBLISHER = DotName.createSimple(Flow.Publisher.class);
    static final DotName REACTIVE_STREAMS_PUBLISHER = DotName.createSimple("org.reactivestreams.Publisher");
    /** By name: Kotlin's coroutines library is the application's, when it has one. */
    static final DotName FLOW = DotName.createSimple("kotlinx.coroutines.flow.Flow");
    /**
     * Flow and the kinds of it the library declares, hot flows that a method returns as it holds them: each a stream,
     * adapted as a Flow is. By name, as the library is not in the index.
     */
    static final Set<DotName> FLOWS = Set.of(FLOW, DotName.createSimple("kotlinx.coroutines.flow.SharedFlow"),
            DotName.createSimple("kotlinx.coroutines.flow.StateFlow"),
            DotName.createSimple("kotlinx.coroutines.flow.MutableSharedFlow"),
            DotName.createSimple("kotlinx.coroutines.flow.MutableStateFlow"));
    static final DotName OPTIONAL = DotName.createSimple(Optional.class);
    static final DotName OPTIONAL_INT = DotName.createSimple(OptionalInt.class);
    static final DotName OPTIONAL_LONG = DotName.createSimple(OptionalLong.class);
    static final DotName OPTIONAL_DOUBLE = DotName.createSimple(OptionalDouble.class);
    static final DotName OBJECT = DotName.createSimple(Object.class);
    static final DotName VETOED = DotName.createSimple("jakarta.enterprise.inject.Vetoed");
    static final DotName ALTERNATIVE = DotName.createSimple(Alternative.class);
    static final DotName STEREOTYPE = DotName.createSimple(Stereotype.class);
    static final DotName RECORD = DotName.createSimple(Record.class);
    static final DotName VOID = DotName.createSimple(Void.class);
    static final DotName LIST = DotName.createSimple(List.class);

    // what a programmatic lookup asks for
    static final DotName INSTANCE = DotName.createSimple(Instance.class);
    static final DotName INJECTABLE_INSTANCE = DotName.createSimple(InjectableInstance.class);
    static final DotName PROVIDER = DotName.createSimple(Provider.class);

    // Quarkus security is optional: by name, the build runs without it
    static final DotName ROLES_ALLOWED = DotName.createSimple("jakarta.annotation.security.RolesAllowed");
    static final DotName DENY_ALL = DotName.createSimple("jakarta.annotation.security.DenyAll");
    static final DotName PERMIT_ALL = DotName.createSimple("jakarta.annotation.security.PermitAll");
    static final DotName AUTHENTICATED = DotName.createSimple("io.quarkus.security.Authenticated");
    static final DotName PERMISSIONS_ALLOWED = DotName.createSimple("io.quarkus.security.PermissionsAllowed");
    static final DotName PERMISSIONS_ALLOWED_LIST = DotName.createSimple("io.quarkus.security.PermissionsAllowed$List");

    static final DotName JSON_PROPERTY = DotName.createSimple(JsonProperty.class);
    static final DotName JSON_ALIAS = DotName.createSimple(JsonAlias.class);
    static final DotName JSON_IGNORE = DotName.createSimple(JsonIgnore.class);
    static final DotName JSON_VALUE = DotName.createSimple("com.fasterxml.jackson.annotation.JsonValue");
    static final DotName JSON_TYPE_INFO = DotName.createSimple(JsonTypeInfo.class);
    static final DotName JSON_SUB_TYPES = DotName.createSimple(JsonSubTypes.class);
    static final DotName JSON_TYPE_NAME = DotName.createSimple(JsonTypeName.class);
    static final DotName DEPRECATED = DotName.createSimple(Deprecated.class);
    static final DotName KOTLIN_DEPRECATED = DotName.createSimple("kotlin.Deprecated");
    static final DotName JVM_INLINE = DotName.createSimple("kotlin.jvm.JvmInline");
    /** JetBrains' annotation, which kotlinc writes on a parameter whose type has no {@code ?}; not Bean Validation's. */
    static final DotName JETBRAINS_NOT_NULL = DotName.createSimple("org.jetbrains.annotations.NotNull");

    // Bean Validation is optional: by name, the build runs without it
    /** The binding quarkus-hibernate-validator adds to methods with constraints, for its interceptor. */
    static final DotName METHOD_VALIDATED = DotName
            .createSimple("io.quarkus.hibernate.validator.runtime.interceptor.MethodValidated");
    static final DotName NOT_NULL = constraint("NotNull");
    static final DotName NOT_BLANK = constraint("NotBlank");
    static final DotName NOT_EMPTY = constraint("NotEmpty");
    static final DotName SIZE = constraint("Size");
    static final DotName MIN = constraint("Min");
    static final DotName MAX = constraint("Max");
    static final DotName DECIMAL_MIN = constraint("DecimalMin");
    static final DotName DECIMAL_MAX = constraint("DecimalMax");
    static final DotName POSITIVE = constraint("Positive");
    static final DotName POSITIVE_OR_ZERO = constraint("PositiveOrZero");
    static final DotName NEGATIVE = constraint("Negative");
    static final DotName NEGATIVE_OR_ZERO = constraint("NegativeOrZero");
    static final DotName PATTERN = constraint("Pattern");
    static final DotName EMAIL = constraint("Email");

    private DotNames() {
    }

    private static DotName constraint(String simpleName) {
        return DotName.createSimple("jakarta.validation.constraints." + simpleName);
    }
}
