package io.quarkiverse.jsonrpc.server.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.quarkiverse.jsonrpc.server.JsonRpcMethods;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedMethod;

/** The {@link JsonRpcMethods} bean: the recorded methods, described. */
@Singleton
public class RegisteredJsonRpcMethods implements JsonRpcMethods {

    private final List<MethodInfo> methods;

    RegisteredJsonRpcMethods(RecordedMethods recorded) {
        List<MethodInfo> infos = new ArrayList<>();
        for (RecordedMethod method : recorded.methods()) {
            List<ParamInfo> params = new ArrayList<>();
            for (RecordedMethod.Param param : method.params()) {
                if (param.kind().fromParams()) {
                    params.add(new ParamInfo(param.name(), param.displayType(),
                            param.kind().required()));
                }
            }
            infos.add(new MethodInfo(method.name(), List.copyOf(params), method.returnType(),
                    EnumSet.copyOf(method.transports()), method.declaringClass(), method.javaMethod(),
                    method.endpoint()));
        }
        infos.sort(Comparator.comparing(MethodInfo::endpoint, Comparator.nullsFirst(Comparator.<String> naturalOrder()))
                .thenComparing(MethodInfo::name));
        this.methods = List.copyOf(infos);
    }

    @Override
    public List<MethodInfo> all() {
        return methods;
    }

    @Override
    public Optional<MethodInfo> find(String name) {
        return find(null, name);
    }

    @Override
    public Optional<MethodInfo> find(String endpoint, String name) {
        return methods.stream().filter(m -> m.name().equals(name) && Objects.equals(m.endpoint(), endpoint)).findFirst();
    }
}
