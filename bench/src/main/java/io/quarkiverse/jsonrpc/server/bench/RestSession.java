package io.quarkiverse.jsonrpc.server.bench;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.transport.ConnectionlessSession;
import io.quarkus.security.identity.SecurityIdentity;

/** One HTTP request received by {@link RestBaseline#restEngine}, as the engine sees it. */
final class RestSession extends ConnectionlessSession {

    private final HttpHeaders headers;

    RestSession(HttpHeaders headers) {
        this.headers = headers;
    }

    @Override
    public JsonRpcTransport transport() {
        return JsonRpcTransport.HTTP;
    }

    @Override
    public String header(String name) {
        return headers.getHeaderString(name);
    }

    @Override
    public Map<String, List<String>> headers() {
        return headers.getRequestHeaders();
    }

    @Override
    public SecurityIdentity identity() {
        return null;
    }
}
