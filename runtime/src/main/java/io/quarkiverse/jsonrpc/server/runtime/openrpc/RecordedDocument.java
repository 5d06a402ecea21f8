package io.quarkiverse.jsonrpc.server.runtime.openrpc;

import java.util.List;

/**
 * An OpenRPC document as the build wrote it, recorded for startup, where its {@code servers} are added from the
 * run-time configuration.
 *
 * @param pieces the document as JSON, in pieces: a recorded string constant holds at most 64 KiB
 * @param serversAt where in the document its servers go: after its {@code info}
 * @param httpPath the path of its endpoint's HTTP transport under {@code quarkus.http.root-path}; {@code null} where
 *        the endpoint has none
 * @param webSocketPath the same for its WebSocket transport
 */
public record RecordedDocument(List<String> pieces, int serversAt, String httpPath, String webSocketPath) {

    String json(OpenRpcServers servers) {
        return servers.into(String.join("", pieces), serversAt, httpPath, webSocketPath);
    }
}
