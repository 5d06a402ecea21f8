package io.quarkiverse.jsonrpc.client.runtime;

import java.util.List;

import io.quarkus.runtime.RuntimeValue;

/**
 * A client interface as the build found it.
 *
 * @param configKey its key under {@code quarkus.jsonrpc-client}
 * @param interfaceName the interface
 * @param endpoint the path of the {@code @JsonRpcEndpoint} whose methods it calls, which a server's URL without a path
 *        is given; {@code null} for the configured paths
 * @param calls its methods, by the index the generated implementation passes
 * @param prototype an instance of the generated implementation, which makes the others without reflection
 * @param injected whether a bean injects it: its configuration is then checked as the application starts
 * @param headersBean the class of the bean its {@code @RegisterJsonRpcClient(headers)} names; {@code null} for none
 * @param requiredCreatorParams the constructor parameters a result must give though Jackson would fill them in, as
 *        {@link io.quarkiverse.jsonrpc.common.json.RequiredCreatorParams#key} names them
 */
public record RecordedClient(String configKey, String interfaceName, String endpoint, List<CallSpec> calls,
        RuntimeValue<GeneratedClient> prototype, boolean injected, Class<?> headersBean,
        List<String> requiredCreatorParams) {
}
