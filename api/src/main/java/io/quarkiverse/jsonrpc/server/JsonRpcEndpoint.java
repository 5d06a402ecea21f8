package io.quarkiverse.jsonrpc.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Serves the {@link JsonRpc} methods of the annotated class at an endpoint of their own: {@code @JsonRpcEndpoint("/admin")}
 * serves them as WebSocket messages on {@code ws://host/admin} and as {@code POST /admin}, and not at the configured
 * paths ({@code quarkus.jsonrpc-server.websocket.path} and {@code .http.path}), where the methods of classes without
 * it are. Each endpoint has its own methods: the same name may be served at two endpoints, by two methods, and a call
 * of a method of another endpoint is answered {@code -32601 Method not found}. Each has its own OpenRPC document
 * ({@code rpc.discover}, and {@code GET /admin/openrpc.json}).
 * <p>
 * On an interface, it applies to the {@code @JsonRpc} methods the interface declares, unless the class that
 * implements them has one of its own; on a class, to its subclasses too. The path is under
 * {@code quarkus.http.root-path}, as the configured paths are. A segment {@code {name}} is a path parameter, whose
 * value a call reads with {@code JsonRpcContext.pathParam(name)}: {@code @JsonRpcEndpoint("/tenants/{tenant}")} serves
 * {@code /tenants/acme} and {@code /tenants/globex} alike; other segments are served as written.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JsonRpcEndpoint {

    /**
     * The path of the endpoint, the same for both transports: {@code /admin}, or {@code admin}; with path parameters,
     * {@code /tenants/{tenant}}.
     */
    String value();
}
