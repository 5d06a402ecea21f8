package io.quarkiverse.jsonrpc.server.runtime.invocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkiverse.jsonrpc.server.runtime.engine.ExceptionMapperCall;
import io.quarkiverse.jsonrpc.server.runtime.engine.ExceptionMappers;
import io.quarkus.arc.ManagedContext;

/** The application's exception mappers, global and local, bound to their invokers once at startup. */
public final class ExceptionMapperTable {

    private final Map<String, ExceptionMapperCall> global = new HashMap<>();
    /** Bean class → exception class → mapper. */
    private final Map<String, Map<String, ExceptionMapperCall>> local = new HashMap<>();
    private final Set<String> declared;

    /**
     * @param declared the exception classes that declare their error with {@code @JsonRpcError}
     * @param requestContext the context each mapper runs in (see {@link InvokerExceptionMapper})
     */
    public ExceptionMapperTable(List<RecordedExceptionMapper> mappers, Set<String> declared,
            ManagedContext requestContext, WorkerDispatcher workers) {
        this.declared = declared;
        for (RecordedExceptionMapper mapper : mappers) {
            ExceptionMapperCall call = new InvokerExceptionMapper(mapper, requestContext, workers);
            Map<String, ExceptionMapperCall> scope = mapper.localTo() == null ? global
                    : local.computeIfAbsent(mapper.localTo(), c -> new HashMap<>());
            for (String type : mapper.exceptionTypes()) {
                scope.put(type, call);
            }
        }
    }

    /** The mappers of the methods of a bean class; {@code null} when none applies. */
    public ExceptionMappers of(String beanClass) {
        return ExceptionMappers.of(local.getOrDefault(beanClass, Map.of()), global, declared);
    }
}
