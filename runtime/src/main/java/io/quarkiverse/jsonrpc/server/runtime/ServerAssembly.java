package io.quarkiverse.jsonrpc.server.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.invoke.Invoker;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallAdmission;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallFilters;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallListeners;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallerCheck;
import io.quarkiverse.jsonrpc.server.runtime.engine.DeclaredError;
import io.quarkiverse.jsonrpc.server.runtime.engine.EngineOptions;
import io.quarkiverse.jsonrpc.server.runtime.engine.ExceptionMappers;
import io.quarkiverse.jsonrpc.server.runtime.engine.JsonRpcEngine;
import io.quarkiverse.jsonrpc.server.runtime.engine.MethodCall;
import io.quarkiverse.jsonrpc.server.runtime.engine.MethodTable;
import io.quarkiverse.jsonrpc.server.runtime.engine.NotificationWriter;
import io.quarkiverse.jsonrpc.server.runtime.engine.ReadLimit;
import io.quarkiverse.jsonrpc.server.runtime.engine.RpcMethod;
import io.quarkiverse.jsonrpc.server.runtime.engine.RpcParam;
import io.quarkiverse.jsonrpc.server.runtime.invocation.DefaultArguments;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ExceptionMapperTable;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ExecutionModel;
import io.quarkiverse.jsonrpc.server.runtime.invocation.InvokerMethodCall;
import io.quarkiverse.jsonrpc.server.runtime.invocation.LifecycleHooks;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedMethod;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ResultKind;
import io.quarkiverse.jsonrpc.server.runtime.invocation.WorkerDispatcher;
import io.quarkiverse.jsonrpc.server.runtime.openrpc.OpenRpcDocuments;
import io.quarkiverse.jsonrpc.server.runtime.push.ConnectionRegistry;
import io.quarkiverse.jsonrpc.server.runtime.push.PushSupport;
import io.quarkiverse.jsonrpc.server.runtime.push.ServedEndpoints;
import io.quarkiverse.jsonrpc.server.runtime.security.MethodCallerChecks;
import io.quarkiverse.jsonrpc.server.runtime.security.SecurityErrors;
import io.quarkiverse.jsonrpc.server.runtime.validation.ValidatedMethodCall;
import io.quarkiverse.jsonrpc.server.spi.CallListener;
import io.quarkiverse.jsonrpc.server.spi.JsonRpcFilter;
import io.quarkus.arc.All;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.vertx.core.Vertx;

/**
 * What the transports serve, assembled at startup from what the build recorded and from the run-time configuration:
 * the {@link JsonRpcEngine} (the recorded methods bound to their invokers and to the application's ObjectMapper), the
 * connection lifecycle hooks, and what pushing to connections needs.
 */
@Singleton
public class ServerAssembly implements ServedEndpoints {

    private static final Logger LOG = Logger.getLogger(ServerAssembly.class);
    private static final String VALIDATION_EXCEPTION = "jakarta.validation.ValidationException";

    /** What serves one endpoint: the engine of its methods and the hooks of its connections. */
    private record Endpoint(JsonRpcEngine engine, LifecycleHooks hooks) {
    }

    /** By the path of its {@code @JsonRpcEndpoint}; the configured paths' under the key null. */
    private final Map<String, Endpoint> endpoints;
    /** Shared by the engines of every endpoint. */
    private final CallAdmission admission;
    private final PushSupport push;
    private final boolean sessionScoped;
    private final boolean connectionInjected;

    ServerAssembly(RecordedMethods recorded, ObjectMapper mapper, JsonRpcServerConfig config,
            ConnectionRegistry registry, @All List<CallListener> listeners,
            @All List<InstanceHandle<JsonRpcFilter>> filters, OpenRpcDocuments openRpc, Vertx vertx) {
        Map<ReadLimit, Long> readLimits = readLimits(config.limits());
        mapper = withLimits(mapper, readLimits);
        WorkerDispatcher workers = new WorkerDispatcher(vertx);
        Map<String, DeclaredError> declaredErrors = SecurityErrors.addedTo(recorded.declaredErrors());
        ExceptionMapperTable exceptionMappers = new ExceptionMapperTable(recorded.exceptionMappers(),
                withBuiltInAnswers(declaredErrors.keySet()), Arc.container().requestContext(), workers);
        List<CallFilters.Filter> orderedFilters = inOrder(filters);
        MethodCallerChecks callerChecks = new MethodCallerChecks();
        // by endpoint, the configured paths' under the key null
        Map<String, List<RpcMethod>> byEndpoint = new HashMap<>();
        byEndpoint.put(null, new ArrayList<>());
        recorded.endpoints().forEach(endpoint -> byEndpoint.put(endpoint, new ArrayList<>()));
        for (RecordedMethod method : recorded.methods()) {
            ExceptionMappers methodMappers = exceptionMappers.of(method.declaringClass());
            CallFilters methodFilters = CallFilters.forMethod(orderedFilters, method.endpoint(), method.name(),
                    methodMappers);
            byEndpoint.computeIfAbsent(method.endpoint(), endpoint -> new ArrayList<>())
                    .add(toRpcMethod(method, mapper, methodMappers, methodFilters, workers, callerChecks));
        }
        warnOfVirtualThreadsMissing(recorded);
        boolean includeDetails = config.errors().includeDetails().orElse(LaunchMode.current() != LaunchMode.NORMAL);
        CallListener listener = CallListeners.of(listeners);
        // one admission: graceful shutdown stops every endpoint's calls and waits for them all
        this.admission = new CallAdmission();
        this.endpoints = new HashMap<>();
        int maxResponseSize = (int) Math.min(config.limits().maxResponseSize().asLongValue(), Integer.MAX_VALUE - 8);
        for (Map.Entry<String, List<RpcMethod>> endpoint : byEndpoint.entrySet()) {
            JsonRpcEngine engine = new JsonRpcEngine(new MethodTable(endpoint.getValue()), mapper,
                    new EngineOptions(config.maxBatchSize(), includeDetails, declaredErrors,
                            OpenRpcDocuments.served(config) ? openRpc.json(endpoint.getKey()) : null,
                            config.timeout().orElse(null),
                            maxResponseSize, readLimits, Set.copyOf(recorded.requiredCreatorParams())),
                    listener, admission);
            endpoints.put(endpoint.getKey(), new Endpoint(engine, new LifecycleHooks(recorded.hooks(),
                    endpoint.getKey(), Arc.container().requestContext(), workers)));
        }
        this.sessionScoped = recorded.sessionScoped();
        this.connectionInjected = recorded.connectionInjected();
        if (sessionScoped) {
            LOG.debugf("Each WebSocket connection has a session context: the application has @SessionScoped beans%s",
                    connectionInjected ? ", or injects the WebSocketConnection" : "");
        }
        this.push = new PushSupport(registry, new NotificationWriter(mapper),
                engine()::errorOfStream, config.subscriptions().overflow(),
                config.maxCallsInFlight(), config.websocket().maxSubscriptions(), maxResponseSize);
    }

    /**
     * Before Java 21, Quarkus runs {@code @RunOnVirtualThread} methods on worker threads, and says so at the first call
     * of one, without naming it: here it is said at startup, with the methods and connection hooks it concerns.
     */
    private static void warnOfVirtualThreadsMissing(RecordedMethods recorded) {
        if (Runtime.version().feature() >= 21) {
            return;
        }
        Stream<String> methods = recorded.methods().stream()
                .filter(method -> method.executionModel() == ExecutionModel.VIRTUAL_THREAD)
                .map(method -> method.declaringClass() + "#" + method.javaMethod());
        Stream<String> hooks = recorded.hooks().stream()
                .filter(hook -> hook.executionModel() == ExecutionModel.VIRTUAL_THREAD)
                .map(hook -> hook.declaringClass() + "#" + hook.javaMethod());
        List<String> virtual = Stream.concat(methods, hooks).distinct().sorted().toList();
        if (!virtual.isEmpty()) {
            LOG.warnf("@RunOnVirtualThread methods run on worker threads: virtual threads need Java 21 or later, and this"
                    + " is Java %d (%s)", Runtime.version().feature(), String.join(", ", virtual));
        }
    }

    /** The engine of the methods at the configured paths, those without {@code @JsonRpcEndpoint}. */
    public JsonRpcEngine engine() {
        return engine(null);
    }

    /** Whether calls are taken, and how many are being answered, at every endpoint together. */
    public CallAdmission admission() {
        return admission;
    }

    /**
     * The engine of the methods of an endpoint.
     *
     * @param endpoint the path of a {@code @JsonRpcEndpoint}; {@code null} for the configured paths
     */
    public JsonRpcEngine engine(String endpoint) {
        return endpoints.get(endpoint).engine();
    }

    @Override
    public List<String> endpointPaths() {
        return endpoints.keySet().stream().filter(Objects::nonNull).sorted().toList();
    }

    /**
     * Whether a call of this name can reach a method at an endpoint (see {@link JsonRpcEngine#declares}): metrics and
     * spans name a call by its method only then.
     *
     * @param endpoint the path of a {@code @JsonRpcEndpoint}; {@code null} for the configured paths
     */
    public boolean declares(String endpoint, String method) {
        Endpoint served = endpoints.get(endpoint);
        return served != null && served.engine().declares(method);
    }

    /**
     * The exception classes with an answer of their own, which a mapper of a wider class does not take: those that
     * declare their error; Bean Validation's, whose violations are -32602 for params, -32603 for a result, as in
     * quarkus-rest, where its mapper of {@code ValidationException} is more specific than one of RuntimeException;
     * and Mutiny's overflow of a subscription, the client's doing, which the configured overflow policy answers.
     */
    private static Set<String> withBuiltInAnswers(Set<String> declared) {
        Set<String> answered = new HashSet<>(declared);
        answered.add(VALIDATION_EXCEPTION);
        answered.add(BackPressureFailure.class.getName());
        return answered;
    }

    /**
     * Whether the application maps Bean Validation's violations itself, with a mapper of
     * {@code ConstraintViolationException} or {@code ValidationException}: as in quarkus-rest, where such a mapper
     * replaces the built-in one, while a mapper of a wider class ({@code RuntimeException}) does not.
     */
    private static boolean mapsViolations(ExceptionMappers mappers) {
        return mappers != null && (mappers.mapsItself("jakarta.validation.ConstraintViolationException")
                || mappers.mapsItself(VALIDATION_EXCEPTION));
    }

    /** The filters by {@code @Priority}, lowest first, as quarkus-rest orders request filters; by class on a tie. */
    private static List<CallFilters.Filter> inOrder(List<InstanceHandle<JsonRpcFilter>> filters) {
        return filters.stream()
                .sorted(Comparator.comparingInt((InstanceHandle<JsonRpcFilter> filter) -> priority(filter.getBean()))
                        .thenComparing(filter -> filter.getBean().getBeanClass().getName()))
                .map(filter -> new CallFilters.Filter(filter.getBean().getBeanClass().getName(), filter.get()))
                .toList();
    }

    private static int priority(InjectableBean<?> bean) {
        return bean.hasPriority() ? bean.getPriority() : JsonRpcFilter.DEFAULT_PRIORITY;
    }

    /**
     * What runs when a WebSocket connection of an endpoint opens or closes.
     *
     * @param endpoint the path of a {@code @JsonRpcEndpoint}; {@code null} for the configured path
     */
    public LifecycleHooks hooks(String endpoint) {
        return endpoints.get(endpoint).hooks();
    }

    /**
     * Whether the application has {@code @SessionScoped} beans, or injects the {@code WebSocketConnection}: each
     * WebSocket connection is their session.
     */
    public boolean sessionScoped() {
        return sessionScoped;
    }

    /** Whether the application injects the {@code WebSocketConnection}, a session-scoped bean of websockets-next. */
    public boolean connectionInjected() {
        return connectionInjected;
    }

    /** The connections of this instance and what pushing to them needs. */
    public PushSupport push() {
        return push;
    }

    /**
     * The application's ObjectMapper, or a copy of it whose read limits are tightened as configured: the token count
     * always is, by default, unless the application's mapper counts fewer. A limit is never loosened: the application
     * chose it.
     */
    private static ObjectMapper withLimits(ObjectMapper mapper, Map<ReadLimit, Long> configured) {
        StreamReadConstraints current = mapper.getFactory().streamReadConstraints();
        StreamReadConstraints.Builder tightened = current.rebuild();
        boolean changed = false;
        for (Map.Entry<ReadLimit, Long> limit : configured.entrySet()) {
            changed |= tighten(limit.getKey(), limit.getValue(), current, tightened);
        }
        if (!changed) {
            return mapper;
        }
        ObjectMapper copy = mapper.copy();
        copy.getFactory().setStreamReadConstraints(tightened.build());
        return copy;
    }

    /**
     * The read limits the configuration sets, by their values, in the order of {@link ReadLimit}: the mapper is
     * tightened by them, and the engine names a limit's property where it applies.
     */
    private static Map<ReadLimit, Long> readLimits(JsonRpcServerConfig.Limits limits) {
        Map<ReadLimit, Long> set = new EnumMap<>(ReadLimit.class);
        limits.maxNestingDepth().ifPresent(depth -> set.put(ReadLimit.NESTING_DEPTH, depth.longValue()));
        limits.maxStringLength().ifPresent(length -> set.put(ReadLimit.STRING_LENGTH, length.longValue()));
        limits.maxNumberLength().ifPresent(length -> set.put(ReadLimit.NUMBER_LENGTH, length.longValue()));
        set.put(ReadLimit.TOKEN_COUNT, limits.maxTokenCount());
        return set;
    }

    private static boolean tighten(ReadLimit limit, long value, StreamReadConstraints current,
            StreamReadConstraints.Builder tightened) {
        long inForce = limit.of(current);
        if (value == inForce) {
            // the mapper's own limit, said again: nothing to tighten, nothing loosened
            return false;
        }
        if (value > inForce) {
            LOG.warnf("%s=%d is ignored: the application's ObjectMapper allows %d, and the limit is only ever tightened",
                    limit.property(), value, inForce);
            return false;
        }
        limit.set(tightened, value);
        return true;
    }

    /**
     * @param exceptionMappers those of the method; {@code null} for none
     * @param filters those of the method; {@code null} for none
     */
    private static RpcMethod toRpcMethod(RecordedMethod method, ObjectMapper mapper, ExceptionMappers exceptionMappers,
            CallFilters filters, WorkerDispatcher workers, MethodCallerChecks callerChecks) {
        List<RpcParam> params = new ArrayList<>(method.params().size());
        for (RecordedMethod.Param param : method.params()) {
            JavaType type = param.jacksonType() == null ? null
                    : mapper.getTypeFactory().constructFromCanonical(param.jacksonType());
            params.add(param.nullRefused() ? new RpcParam(param.name(), param.kind(), type, true)
                    : new RpcParam(param.name(), param.kind(), type));
        }
        Invoker<Object, Object> invoker = method.call();
        if (method.defaults() != null) {
            invoker = new DefaultArguments(invoker, method.defaults());
        }
        MethodCall call = new InvokerMethodCall(invoker, method.executionModel(),
                method.resultKind(), method.activateRequestContext() ? Arc.container().requestContext() : null, workers);
        boolean streams = method.resultKind() == ResultKind.MULTI;
        if (method.validated() && mapsViolations(exceptionMappers)) {
            // the application's mapper answers the violations of params; what it declines gets -32602 still
            call = ValidatedMethodCall.of(exceptionMappers.around(call, streams), method, mapper);
        } else {
            if (method.validated()) {
                // only here: without Hibernate Validator on the classpath, no method is validated
                call = ValidatedMethodCall.of(call, method, mapper);
            }
            if (exceptionMappers != null) {
                call = exceptionMappers.around(call, streams);
            }
        }
        RecordedMethod.Signature runs = method.runs();
        CallerCheck callerCheck = callerChecks.of(runs.declaringClass(), runs.name(), runs.parameterTypes());
        if (callerCheck != null && exceptionMappers != null) {
            callerCheck = exceptionMappers.around(callerCheck);
        }
        return new RpcMethod(method.name(), params, EnumSet.copyOf(method.transports()), call,
                method.timeoutMillis() > 0 ? Duration.ofMillis(method.timeoutMillis()) : null, filters, callerCheck);
    }
}
