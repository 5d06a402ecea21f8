package io.quarkiverse.jsonrpc.server.runtime.invocation;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.runtime.engine.ExceptionMapperCall;
import io.quarkiverse.jsonrpc.server.runtime.engine.MethodCall;
import io.quarkus.arc.ManagedContext;
import io.smallrye.mutiny.Uni;

/**
 * Calls a {@code @JsonRpcExceptionMapper} method through its build-time generated invoker, on the thread the failure
 * came on, inside a request context of its own that carries the call, as a lifecycle hook runs. A mapper is a method
 * of a bean, which the interceptors bound to its class wrap as they wrap the bean's JSON-RPC methods: an audit that
 * injects the {@code JsonRpcContext}, a security check that reads the caller. By the time a failure is mapped, the
 * method's own request context has ended.
 */
public final class InvokerExceptionMapper implements ExceptionMapperCall {

    private final String name;
    private final MethodCall call;
    private final int paramCount;
    private final int exceptionParam;

    public InvokerExceptionMapper(RecordedExceptionMapper mapper, ManagedContext requestContext,
            WorkerDispatcher workers) {
        this.name = mapper.declaringClass() + "#" + mapper.javaMethod();
        this.call = new InvokerMethodCall(mapper.call(), ExecutionModel.EVENT_LOOP,
                mapper.uni() ? ResultKind.UNI : ResultKind.VALUE, requestContext, workers);
        this.paramCount = mapper.paramCount();
        this.exceptionParam = mapper.exceptionParam();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Uni<JsonRpcException> map(Throwable exception, JsonRpcContext context) {
        Object[] args = new Object[paramCount];
        args[exceptionParam] = exception;
        if (paramCount == 2) {
            args[1 - exceptionParam] = context;
        }
        // the invoker's result is the mapper's: an error, or a Uni of one
        return (Uni<JsonRpcException>) (Uni<?>) call.call(args, context);
    }
}
