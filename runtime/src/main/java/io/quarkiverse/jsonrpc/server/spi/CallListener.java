package io.quarkiverse.jsonrpc.server.spi;

import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;

/**
 * Told of every JSON-RPC call the server answers, over both transports: a bean implementing it is found and called,
 * as the extension's own metrics, traces and Dev UI are. A call is each request of a message that names a method,
 * notifications included, whatever its outcome (a method not found and invalid params too); a message that is not
 * JSON, or a request without a method, is no call.
 * <p>
 * A listener runs inside the call: it must be quick and must not block, since {@link #onStart} runs on the event loop
 * that received the message. When no bean implements it, calls pay nothing for it.
 *
 * <pre>
 * &#64;Singleton
 * public class SlowCallLog implements CallListener {
 *
 *     &#64;Override
 *     public Call onStart(Request request) {
 *         return (errorCode, errorMessage, durationNanos) -&gt; {
 *             if (durationNanos &gt; 1_000_000_000L) {
 *                 Log.warnf("%s took %d ms", request.method(), durationNanos / 1_000_000);
 *             }
 *         };
 *     }
 * }
 * </pre>
 */
public interface CallListener {

    /** What metrics and traces call a method that does not exist: clients must not choose tags and span names. */
    String UNKNOWN_METHOD = "UNKNOWN";

    /**
     * A call begins, on the thread that received its message.
     *
     * @param request what the call answers; it stays valid, and the same, for as long as the call
     * @return what follows this call; never {@code null}
     */
    Call onStart(Request request);

    /**
     * The request a call answers. Its values are read when asked for, so that a listener pays only for what it reads.
     */
    interface Request {

        /**
         * The method name as the client wrote it, which may name no method at all: besides a call answered
         * {@link JsonRpcErrorCodes#METHOD_NOT_FOUND}, one refused before its name is looked up (one call too many on its
         * connection, {@code -32005}) may be any name; tag metrics only with the names of declared methods.
         */
        String method();

        /** The transport the call came on. */
        JsonRpcTransport transport();

        /**
         * The path of the {@link io.quarkiverse.jsonrpc.server.JsonRpcEndpoint} the call came to, as a route's, with a
         * leading {@code /} and no trailing one ({@code "/admin"}, {@code "/tenants/{tenant}"}); {@code null} for the
         * configured paths.
         */
        default String endpoint() {
            return null;
        }

        /** {@code "2.0"} or {@code "1.0"}. */
        String version();

        /**
         * Whether the request is a notification, which gets no response: in 2.0 a request without {@code id}, in 1.0
         * one whose {@code id} is {@code null}. A 2.0 request whose id is {@code null} is not one: it is answered.
         */
        boolean isNotification();

        /**
         * The request id as a Java value ({@code String}, {@code Long}, {@code BigInteger}, {@code BigDecimal});
         * {@code null} for a notification and for an id of {@code null}, which {@link #isNotification()} tells apart.
         */
        Object id();

        /**
         * The network connection the call came on, over WebSocket the connection's, over HTTP the request's; the same
         * object for every call of a connection. {@code null} where the call came on none, as through a session a
         * caller of the engine made itself.
         */
        Network network();

        /**
         * The first value of a header of the HTTP request that carried the call, whatever the case of its name (the
         * trace context, {@code traceparent}, say); {@code null} where the request has none of that name, and over
         * WebSocket, whose messages carry no headers (those of the upgrade request are the connection's:
         * {@link io.quarkiverse.jsonrpc.server.JsonRpcContext#header(String)}).
         */
        default String header(String name) {
            return null;
        }
    }

    /**
     * What the network knows of where a call came from, named after the OpenTelemetry attributes it gives values to.
     * Read once per connection, not per call.
     */
    interface Network {

        /**
         * The server's host as the client addressed it: the {@code Host} of the HTTP request, or of the WebSocket
         * upgrade request (over HTTP with {@code quarkus.http.proxy.proxy-address-forwarding}, the forwarded host);
         * {@code null} when the request named none.
         */
        String serverAddress();

        /** The server's port as the client addressed it, the scheme's default when it named none; -1 if unknown. */
        int serverPort();

        /** The client's IP address, or the path of the Unix domain socket; {@code null} if unknown. */
        String clientAddress();

        /**
         * The client's port; -1 where there is none (a Unix domain socket) or it is unknown (a client a proxy forwards
         * without its port).
         */
        int clientPort();

        /** {@code "tcp"}, or {@code "unix"} for a Unix domain socket. */
        String transport();

        /**
         * The IP address of the connection's other end: the client's, or, behind a proxy, the proxy's, whose forwarded
         * client {@link #clientAddress()} names; {@code null} if unknown (a Unix domain socket).
         */
        default String peerAddress() {
            return null;
        }

        /** The port of the connection's other end; -1 if unknown. */
        default int peerPort() {
            return -1;
        }
    }

    /** One call under way. */
    interface Call {

        /**
         * Runs on the thread that runs the method, right before it: makes what this call carries (a span, say)
         * current there, so that what the method itself records nests under the call.
         *
         * @return closed on the same thread when the method returns; {@code null} when there is nothing to close
         */
        default AutoCloseable enter() {
            return null;
        }

        /**
         * The call is answered (or, for a notification, done): called once, on the thread that completed it. A call
         * cancelled before it was answered gets {@link #onCancel} instead. A call of a batch is told when the whole
         * batch is answered, on the thread that completed the batch: the response size limit applies to the batch and
         * may yet replace its result with {@code -32603 Result too large}; its duration still ends at its own answer.
         *
         * @param errorCode the JSON-RPC error code, 0 for a result; {@link JsonRpcErrorCodes#METHOD_NOT_FOUND} means
         *        the name may be anything a client sent
         * @param errorMessage the error's message, {@code null} for a result
         * @param durationNanos from {@link CallListener#onStart} to the response
         */
        void onEnd(int errorCode, String errorMessage, long durationNanos);

        /**
         * The call failed with an exception the application declares no error for: the client gets {@code -32603}
         * and the log the exception, with its stack trace. Called before {@link #onEnd}, on the thread that mapped the
         * failure, for a listener to keep the exception with the call (the tracing listener records it on the call's
         * span). A declared error ({@code JsonRpcException}, {@code @JsonRpcError}, an exception mapper's), a timeout,
         * invalid params and a refusal are told by {@link #onEnd} alone.
         *
         * @param exception what the method, a filter of the call, or the writing of the result failed with
         */
        default void onException(Throwable exception) {
        }

        /**
         * The call is cancelled before it was answered, because its connection closed: called once, instead of
         * {@link #onEnd}, on the thread that closed the connection. A blocking method may still be running; its
         * result will be dropped. A call of a batch is answered with the whole batch: a batch cancelled before its
         * answer cancels every call of it, those whose methods had returned too.
         *
         * @param durationNanos from {@link CallListener#onStart} to the cancellation
         */
        default void onCancel(long durationNanos) {
        }
    }
}
