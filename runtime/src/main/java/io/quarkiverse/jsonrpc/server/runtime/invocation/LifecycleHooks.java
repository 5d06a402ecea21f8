package io.quarkiverse.jsonrpc.server.runtime.invocation;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallContext;
import io.quarkiverse.jsonrpc.server.runtime.engine.CallInfo;
import io.quarkiverse.jsonrpc.server.runtime.engine.MethodCall;
import io.quarkiverse.jsonrpc.server.runtime.engine.RpcParam;
import io.quarkiverse.jsonrpc.server.runtime.engine.TransportSession;
import io.quarkus.arc.ManagedContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The {@code @OnJsonRpcOpen} and {@code @OnJsonRpcClose} methods of one endpoint's connections, run in declaration
 * order of the build.
 */
public final class LifecycleHooks {

    private static final Logger LOG = Logger.getLogger(LifecycleHooks.class);
    /** Quarkus security's exceptions: {@code ForbiddenException}, {@code UnauthorizedException} and the like. */
    private static final String SECURITY_EXCEPTIONS = "io.quarkus.security.";

    private record Hook(String name, List<RecordedMethod.Param> params, MethodCall call) {
    }

    private static final int MAX_LOGGED_KINDS = 1_000;

    private final List<Hook> onOpen;
    private final List<Hook> onClose;
    /** The open hooks as the build recorded them: what guards a connection guards the endpoint's HTTP requests. */
    private final List<RecordedHook> openHooks;
    /** The hooks and exception classes of the bugs logged at ERROR: each once, then at DEBUG. */
    private final Set<String> loggedBugs = ConcurrentHashMap.newKeySet();

    /**
     * @param endpoint the path of a {@code @JsonRpcEndpoint}, {@code null} for the configured path: the hooks of its
     *        beans run, and those of beans without endpoint
     */
    public LifecycleHooks(List<RecordedHook> hooks, String endpoint, ManagedContext requestContext,
            WorkerDispatcher workers) {
        List<RecordedHook> applying = hooks.stream()
                .filter(hook -> hook.endpoint() == null || hook.endpoint().equals(endpoint)).toList();
        this.openHooks = applying.stream().filter(RecordedHook::open).toList();
        this.onOpen = openHooks.stream().map(h -> hook(h, requestContext, workers)).toList();
        this.onClose = applying.stream().filter(h -> !h.open()).map(h -> hook(h, requestContext, workers)).toList();
    }

    private static Hook hook(RecordedHook hook, ManagedContext requestContext, WorkerDispatcher workers) {
        return new Hook(hook.declaringClass() + "#" + hook.javaMethod(), hook.params(),
                new InvokerMethodCall(hook.call(), hook.executionModel(), hook.resultKind(),
                        requestContext, workers));
    }

    /** The open hooks of the endpoint's connections, in the order they run. */
    public List<RecordedHook> openHooks() {
        return openHooks;
    }

    /** Whether a connection has open hooks to run before its messages are served. */
    public boolean hasOpenHooks() {
        return !onOpen.isEmpty();
    }

    /** Runs the open hooks one after the other; the first failure rejects the connection. */
    public Uni<Void> opened(TransportSession session) {
        CallContext context = session.context(CallInfo.NONE);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Hook hook : onOpen) {
            chain = chain.chain(() -> call(hook, context).replaceWithVoid()
                    .onFailure().invoke(failure -> rejected(hook, failure, context.connectionId())));
        }
        return chain;
    }

    /**
     * A refusal of the caller, a {@code JsonRpcException} or Quarkus security's, is the hook's intent; any other
     * exception is a bug of the hook, logged with its stack trace as a failing method's is, the first of each kind at
     * ERROR: the client only learns that its connection was rejected.
     */
    private void rejected(Hook hook, Throwable failure, String connectionId) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof JsonRpcException || cause.getClass().getName().startsWith(SECURITY_EXCEPTIONS)) {
            LOG.debugf("@OnJsonRpcOpen method %s rejected connection %s: %s", hook.name(), connectionId, cause);
        } else if (loggedBugs.size() < MAX_LOGGED_KINDS && loggedBugs.add(hook.name() + '/' + cause.getClass().getName())) {
            LOG.errorf(cause, "@OnJsonRpcOpen method %s failed, which rejects connection %s (further %s failures of it"
                    + " are logged at DEBUG)", hook.name(), connectionId, cause.getClass().getName());
        } else {
            LOG.debugf(cause, "@OnJsonRpcOpen method %s failed, which rejects connection %s", hook.name(),
                    connectionId);
        }
    }

    /** Runs every close hook; a failure is logged and the others still run. */
    public Uni<Void> closed(TransportSession session) {
        CallContext context = session.context(CallInfo.NONE);
        return Multi.createFrom().iterable(onClose)
                .onItem().transformToUniAndConcatenate(hook -> call(hook, context).onFailure().recoverWithItem(failure -> {
                    LOG.errorf(failure, "@OnJsonRpcClose method %s failed for connection %s", hook.name(),
                            context.connectionId());
                    return null;
                }))
                .collect().last().replaceWithVoid();
    }

    private static Uni<Object> call(Hook hook, CallContext context) {
        Object[] args = new Object[hook.params().size()];
        for (int i = 0; i < args.length; i++) {
            RpcParam.Kind kind = hook.params().get(i).kind();
            args[i] = switch (kind) {
                case CONTEXT -> context;
                case SECURITY_IDENTITY -> context.identity();
                case WEB_SOCKET_CONNECTION -> context.connection().orElse(null);
                default -> throw new IllegalStateException("Lifecycle hooks take context parameters only: " + kind);
            };
        }
        return hook.call().call(args, context);
    }
}
