package io.quarkiverse.jsonrpc.server.runtime.invocation;

import java.util.List;

import org.jboss.logging.Logger;

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

    private record Hook(String name, List<RecordedMethod.Param> params, MethodCall call) {
    }

    private final List<Hook> onOpen;
    private final List<Hook> onClose;
    /** The open hooks as the build recorded them: what guards a connection guards the endpoint's HTTP requests. */
    private final List<RecordedHook> openHooks;

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
                new InvokerMethodCall(hook.invoker().getValue(), hook.executionModel(), hook.resultKind(),
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
        return run(onOpen, session);
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

    private Uni<Void> run(List<Hook> hooks, TransportSession session) {
        CallContext context = session.context(CallInfo.NONE);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Hook hook : hooks) {
            chain = chain.chain(() -> call(hook, context).replaceWithVoid());
        }
        return chain;
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
