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
 *     public Call onStart(String method, JsonRpcTransport transport, String version, Object id) {
 *         return (errorCode, errorMessage, durationNanos) -&gt; {
 *             if (durationNanos &gt; 1_000_000_000L) {
 *                 Log.warnf("%s took %d ms", method, durationNanos / 1_000_000);
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
     * @param method the method name as the client wrote it, which may name no method at all: besides a call answered
     *        {@link JsonRpcErrorCodes#METHOD_NOT_FOUND}, one refused before its name is looked up (one call too many
     *        on its connection, {@code -32005}) may be any name; tag metrics only with the names of declared methods
     * @param transport the transport the call came on
     * @param version {@code "2.0"} or {@code "1.0"}
     * @param id the request id as a Java value ({@code String}, {@code Long}, {@code BigInteger},
     *        {@code BigDecimal}), {@code null} for a notification
     * @return what follows this call; never {@code null}
     */
    Call onStart(String method, JsonRpcTransport transport, String version, Object id);

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
         * The call is cancelled before it was answered, because its connection closed: called once, instead of
         * {@link #onEnd}, on the thread that closed the connection. A blocking method may still be running; its
         * result will be dropped.
         *
         * @param durationNanos from {@link CallListener#onStart} to the cancellation
         */
        default void onCancel(long durationNanos) {
        }
    }
}
