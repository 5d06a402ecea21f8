package io.quarkiverse.jsonrpc.server.runtime;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.quarkiverse.jsonrpc.server.runtime.engine.DeclaredError;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedExceptionMapper;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedHook;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedMethod;
import io.quarkus.runtime.annotations.Recorder;

@Recorder
public class JsonRpcServerRecorder {

    public Supplier<RecordedMethods> recordedMethods(List<RecordedMethod> methods, List<String> endpoints,
            List<RecordedHook> hooks, Map<String, DeclaredError> errors, List<RecordedExceptionMapper> exceptionMappers,
            boolean sessionScoped, boolean connectionInjected, List<String> requiredCreatorParams) {
        RecordedMethods recorded = new RecordedMethods(List.copyOf(methods), List.copyOf(endpoints), List.copyOf(hooks),
                Map.copyOf(errors), List.copyOf(exceptionMappers), sessionScoped || connectionInjected,
                connectionInjected, List.copyOf(requiredCreatorParams));
        return () -> recorded;
    }
}
