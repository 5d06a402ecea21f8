package io.quarkiverse.jsonrpc.client.runtime.transport;

import java.util.Map;

import io.quarkiverse.jsonrpc.client.JsonRpcClientHeaders;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;

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
                .map(headers -> headers == null ? Map.<String, String> of() : valid(headers, whose))
                .subscribeAsCompletionStage(), context);
    }

    /**
     * The headers, checked as Vert.x checks them when it sends them (a token read from a file may end in a newline):
     * there, the exception escaped the request, and the call waited for its timeout. The failure names the header,
     * not its value, which may be a secret.
     */
    private static Map<String, String> valid(Map<String, String> headers, String whose) {
        MultiMap checked = HttpHeaders.headers();
        headers.forEach((name, value) -> {
            try {
                checked.set(name, "");
            } catch (IllegalArgumentException e) {
                throw new JsonRpcTransportException(whose + " are not valid: '" + name + "' is no header name", null);
            }
            try {
                checked.set(name, value);
            } catch (IllegalArgumentException e) {
                throw new JsonRpcTransportException(whose + " are not valid: the value of " + name
                        + " has a character a header cannot have (a line break, or another control character)", null);
            }
        });
        return headers;
    }
}
