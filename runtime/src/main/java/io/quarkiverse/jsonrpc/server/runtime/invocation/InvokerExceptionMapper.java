package io.quarkiverse.jsonrpc.server.runtime.invocation;

import jakarta.enterprise.invoke.Invoker;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.runtime.engine.ExceptionMapperCall;
import io.smallrye.mutiny.Uni;

/** Calls a {@code @JsonRpcExceptionMapper} method through its build-time generated invoker. */
public final class InvokerExceptionMapper implements ExceptionMapperCall {

    private final String name;
    private final Invoker<Object, Object> invoker;
    private final int paramCount;
    private final int exceptionParam;
    private final boolean uni;

    public InvokerExceptionMapper(RecordedExceptionMapper mapper) {
        this.name = mapper.declaringClass() + "#" + mapper.javaMethod();
        this.invoker = mapper.invoker().getValue();
        this.paramCount = mapper.paramCount();
        this.exceptionParam = mapper.exceptionParam();
        this.uni = mapper.uni();
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
        Object error;
        try {
            error = invoker.invoke(null, args);
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
        if (!uni) {
            return Uni.createFrom().item((JsonRpcException) error);
        }
        return error == null ? Uni.createFrom().nullItem() : (Uni<JsonRpcException>) error;
    }
}
