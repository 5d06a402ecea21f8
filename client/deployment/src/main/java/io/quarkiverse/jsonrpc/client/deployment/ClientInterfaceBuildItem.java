package io.quarkiverse.jsonrpc.client.deployment;

import java.util.List;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.client.runtime.CallSpec;
import io.quarkus.builder.item.MultiBuildItem;

/** A valid {@code @RegisterJsonRpcClient} interface and its methods, each with what the client needs to call it. */
final class ClientInterfaceBuildItem extends MultiBuildItem implements Comparable<ClientInterfaceBuildItem> {

    /**
     * One abstract method and its call; the index in {@link #methods} is the one the implementation passes.
     *
     * @param serialized the types Jackson writes and reads for the call
     */
    record ClientMethod(MethodInfo method, CallSpec spec, List<Type> serialized) {
    }

    final ClassInfo clientInterface;
    final String configKey;
    /** The path of the {@code @JsonRpcEndpoint} whose methods it calls; {@code null} for the configured paths. */
    final String endpoint;
    final List<ClientMethod> methods;
    /** The class of {@code @RegisterJsonRpcClient(headers)}, a bean; {@code null} for none. */
    final DotName headersBean;
    /** The interface's {@code @JsonRpcClientExceptionMapper} method; {@code null} for none. */
    final MethodInfo exceptionMapper;
    /**
     * Whether its type or a method carries annotations for interceptors ({@link CopiedAnnotations}): its bean is then a
     * class of its own ({@link ClientBeanGenerator}).
     */
    final boolean intercepted;

    ClientInterfaceBuildItem(ClassInfo clientInterface, String configKey, String endpoint, List<ClientMethod> methods,
            DotName headersBean, MethodInfo exceptionMapper) {
        this.clientInterface = clientInterface;
        this.configKey = configKey;
        this.endpoint = endpoint;
        this.methods = List.copyOf(methods);
        this.headersBean = headersBean;
        this.exceptionMapper = exceptionMapper;
        this.intercepted = !CopiedAnnotations.of(clientInterface).isEmpty()
                || methods.stream().anyMatch(method -> !CopiedAnnotations.of(method.method()).isEmpty());
    }

    String interfaceName() {
        return clientInterface.name().toString();
    }

    String implementationName() {
        return interfaceName() + "$$JsonRpcClient";
    }

    /** The bean's class, where the interface is {@link #intercepted}. */
    String beanName() {
        return interfaceName() + "$$JsonRpcClientBean";
    }

    @Override
    public int compareTo(ClientInterfaceBuildItem other) {
        return interfaceName().compareTo(other.interfaceName());
    }
}
