package io.quarkiverse.jsonrpc.client.runtime;

import java.util.function.BiConsumer;

import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;

/**
 * Observes every call a client makes (metrics, traces). Beans implementing it are found at startup; there are none
 * unless quarkus-micrometer or quarkus-opentelemetry is present.
 */
public interface ClientCallListener {

    /**
     * A call starts.
     *
     * @param client the calling client's settings: its config key, and the server's URL
     * @param endpoint the path of the {@code @JsonRpcEndpoint} whose methods the client calls, as the annotation
     *        writes it (its path parameters unfilled); {@code null} for a server's configured path
     * @param id the request id; {@code null} for a notification
     */
    Call onStart(ClientSettings client, String endpoint, String method, Long id);

    /** One call being observed. */
    interface Call {

        Call NONE = (failure, durationNanos) -> {
        };

        /** Headers to send with the call's HTTP request (the trace context). */
        default void headers(BiConsumer<String, String> header) {
        }

        /**
         * Makes what the call carries (its span) current while its HTTP request is made, in the request's Vert.x
         * context: the HTTP client's span is then the call's child.
         *
         * @return to close once the exchange is over; {@code null} when nothing is made current
         */
        default AutoCloseable enter() {
            return null;
        }

        /**
         * Where the call's message went: the IP address and port of its connection's other end, the server's or a
         * proxy's, told once the transport has the connection, before the call ends.
         */
        default void peer(String address, int port) {
        }

        /** @param failure {@code null} when the call succeeded */
        void onEnd(Throwable failure, long durationNanos);
    }
}
