package io.quarkiverse.jsonrpc.server.runtime.config;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Build-time configuration of the JSON-RPC server: which transports exist and where they listen, and what the server
 * measures.
 */
@ConfigMapping(prefix = "quarkus.jsonrpc-server")
@ConfigRoot(phase = ConfigPhase.BUILD_AND_RUN_TIME_FIXED)
public interface JsonRpcServerBuildTimeConfig {

    /** The WebSocket transport. */
    WebSocket websocket();

    /** The HTTP transport. */
    Http http();

    /** The metrics of the calls, where the application has quarkus-micrometer. */
    Metrics metrics();

    /** The spans of the calls, where the application has quarkus-opentelemetry. */
    Traces traces();

    /**
     * When a method runs inside a CDI request context of its own. {@code auto}: only the methods that need one,
     * decided at build time: those of a {@code @RequestScoped} bean, those with interceptors (security annotations
     * among them), and those whose bean reaches a {@code @RequestScoped} bean or an injected {@code JsonRpcContext}
     * through its injection points; every method where Hibernate ORM or Hibernate Reactive is present, whose session
     * is request-scoped and reached through Panache's static methods or proxies. {@code always}: every method, for
     * code that reaches request-scoped state in a way no injection point shows, such as a static lookup.
     */
    @WithDefault("auto")
    RequestContextActivation activateRequestContext();

    enum RequestContextActivation {
        /** Only where the build finds a method needs one. */
        AUTO,
        /** For every method. */
        ALWAYS
    }

    interface Metrics {

        /**
         * Whether every call is timed and the connections, subscriptions and calls in flight are gauged (see the
         * observability guide). {@code false} leaves the application's other metrics as they are.
         */
        @WithDefault("true")
        boolean enabled();
    }

    interface Traces {

        /**
         * Whether every call is a server span. {@code false} leaves the application's other spans as they are: the
         * span of an HTTP request that carries JSON-RPC calls among them.
         */
        @WithDefault("true")
        boolean enabled();
    }

    interface WebSocket {

        /** Whether JSON-RPC is served over a WebSocket endpoint. */
        @WithDefault("true")
        boolean enabled();

        /**
         * The path of the WebSocket endpoint, served as written: path parameters and wildcards fail the build. Message
         * size limits are those of websockets-next ({@code quarkus.websockets-next.server.max-message-size}).
         */
        @WithDefault("/jsonrpc")
        String path();
    }

    interface Http {

        /** Whether JSON-RPC is served over HTTP {@code POST}. */
        @WithDefault("true")
        boolean enabled();

        /**
         * The path of the HTTP endpoint, served as written; may be the same as the WebSocket path. The body size limit
         * is {@code quarkus.http.limits.max-body-size}.
         */
        @WithDefault("/jsonrpc")
        String path();
    }
}
