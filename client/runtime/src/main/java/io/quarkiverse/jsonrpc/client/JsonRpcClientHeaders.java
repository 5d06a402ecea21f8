package io.quarkiverse.jsonrpc.client;

import java.util.Map;

import io.smallrye.mutiny.Uni;

/**
 * Headers made anew for each HTTP request of a client, or for each opening of its WebSocket connection (the first and
 * every reconnection): a bearer token that expires, from {@code quarkus-oidc-client} or any token service. They are
 * sent with, and in place of, the configured headers and credentials of the same names.
 *
 * <pre>
 * &#64;ApplicationScoped
 * public class BearerTokens implements JsonRpcClientHeaders {
 *     &#64;Inject
 *     OidcClient oidc;
 *
 *     &#64;Override
 *     public Uni&lt;Map&lt;String, String&gt;&gt; headers(String configKey) {
 *         return oidc.getTokens().map(tokens -&gt; Map.of("Authorization", "Bearer " + tokens.getAccessToken()));
 *     }
 * }
 *
 * &#64;RegisterJsonRpcClient(configKey = "calc", headers = BearerTokens.class)
 * public interface Calc { ... }
 * </pre>
 *
 * A class named by {@link RegisterJsonRpcClient#headers()} is a bean ({@code @Singleton} when it declares no scope),
 * and can inject others. {@link JsonRpcClientBuilder#headers(JsonRpcClientHeaders)} gives a built client its own.
 */
@FunctionalInterface
public interface JsonRpcClientHeaders {

    /**
     * The headers of the next request or upgrade. Called on a Vert.x thread, maybe the event loop: it must not block,
     * and returns a {@code Uni} that completes when the headers are known. A failure fails the calls that waited for
     * them with a {@link JsonRpcTransportException} (over a WebSocket, the opening of the connection fails).
     *
     * @param configKey the client's config key, for one implementation that serves several clients
     */
    Uni<Map<String, String>> headers(String configKey);
}
