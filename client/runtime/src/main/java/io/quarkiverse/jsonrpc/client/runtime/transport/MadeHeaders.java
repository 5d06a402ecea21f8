package io.quarkiverse.jsonrpc.client.runtime.transport;

import java.util.Map;

import io.quarkiverse.jsonrpc.client.JsonRpcClientHeaders;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Future;

/**
 * Asks the client's {@link JsonRpcClientHeaders} for the headers of one request or upgrade. They must come within the
 * connect timeout, as the connection itself must: a token service that never answers would otherwise hold every call
 * and, over a WebSocket, the connection for good. A connect timeout of {@code 0} puts no limit on them either.
 */
public final class MadeHeaders {

    private MadeHeaders() {
    }

    /** The headers, completed on {@code context}, where the request or upgrade goes on; a failure says whose. */
    public static Future<Map<String, String>> of(ClientSettings settings, Context context) {
        String whose = "The headers of the JSON-RPC client '" + settings.configKey() + "'";
        Uni<Map<String, String>> made;
        try {
            made = settings.madeHeaders().headers(settings.configKey());
        } catch (RuntimeException e) {
            return Future.failedFuture(new JsonRpcTransportException(whose + " failed: " + e.getMessage(), e));
        }
        if (made == null) {
            return Future.failedFuture(new JsonRpcTransportException(whose + " are null: return a Uni", null));
        }
        if (!settings.connectTimeout().isZero()) {
            // Mutiny takes no timeout of zero: it throws, on the event loop, and the call waited for its own timeout
            String timeout = ClientSettings.text(settings.connectTimeout());
            made = made.ifNoItem().after(settings.connectTimeout())
                    .failWith(() -> new JsonRpcTransportException(whose + " were not made within " + timeout
                            + " (connect-timeout)", null));
        }
        return Future.fromCompletionStage(made
                .onFailure(failure -> !(failure instanceof JsonRpcTransportException))
                .transform(failure -> new JsonRpcTransportException(whose + " failed: " + failure.getMessage(), failure))
                .map(headers -> headers == null ? Map.<String, String> of() : headers)
                .subscribeAsCompletionStage(), context);
    }
}
