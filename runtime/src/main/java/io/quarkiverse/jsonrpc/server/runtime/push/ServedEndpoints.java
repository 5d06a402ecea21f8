package io.quarkiverse.jsonrpc.server.runtime.push;

import java.util.List;

/**
 * The endpoints whose connections a notification can be sent to. The server that serves them implements it, so that
 * push depends on no more than this of it.
 */
public interface ServedEndpoints {

    /** The paths of the {@code @JsonRpcEndpoint}s, as the annotations write them, in order. */
    List<String> endpointPaths();
}
