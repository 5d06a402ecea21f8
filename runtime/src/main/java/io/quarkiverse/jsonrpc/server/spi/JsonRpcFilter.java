package io.quarkiverse.jsonrpc.server.spi;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.smallrye.mutiny.Uni;

/**
 * Cross-cutting policy for the application's JSON-RPC calls, in the spirit of quarkus-rest's
 * {@code @ServerRequestFilter} and {@code @ServerResponseFilter}: rate limits, tenancy checks, audit. A bean
 * implementing it is found at startup and runs around every call of the {@code @JsonRpc} methods it
 * {@linkplain #appliesTo applies to}, over both transports, notifications included; {@code rpc.discover} and
 * {@code rpc.unsubscribe} are not the application's methods and are not filtered.
 * <p>
 * Filters run in the order of their {@code @Priority}, lowest first, as quarkus-rest's request filters do (without
 * one, {@link #DEFAULT_PRIORITY}); {@link #after} runs in the reverse order. A method no filter applies to pays
 * nothing for filtering. A filter that must wait for I/O to decide implements {@link #beforeAsync} instead of
 * {@link #before}.
 *
 * <pre>
 * &#64;Singleton
 * &#64;Priority(100)
 * public class TenantCheck implements JsonRpcFilter {
 *
 *     &#64;Override
 *     public void before(JsonRpcContext call, JsonNode params) {
 *         if (!call.identity().hasRole(call.header("X-Tenant"))) {
 *             throw new JsonRpcException(-32043, "Unknown tenant");
 *         }
 *     }
 * }
 * </pre>
 */
public interface JsonRpcFilter {

    /** The priority of a filter without {@code @Priority}: quarkus-rest's {@code Priorities.USER}. */
    int DEFAULT_PRIORITY = 5000;

    /**
     * Whether this filter runs around the calls of a method; asked once per method at startup. By default, every
     * method.
     *
     * @param method the JSON-RPC name of the method, its namespace included ({@code "admin.reset"})
     */
    default boolean appliesTo(String method) {
        return true;
    }

    /**
     * Whether this filter runs around the calls of a method of an endpoint; asked once per method at startup. By
     * default, as {@link #appliesTo(String)} decides for the method's name, at every endpoint.
     *
     * @param endpoint the path of the method's {@link io.quarkiverse.jsonrpc.server.JsonRpcEndpoint} as a route's
     *        ({@code "/admin"}); {@code null} for the methods at the configured paths
     * @param method the JSON-RPC name of the method, its namespace included
     */
    default boolean appliesTo(String endpoint, String method) {
        return appliesTo(method);
    }

    /**
     * A call is about to run, its params not yet bound. Throw a {@link JsonRpcException} to refuse it: the client gets
     * that error (logged at DEBUG), the method does not run, and no filter after this one sees the call. An exception
     * that has an error refuses it alike, with the error it would have from the method: declared with
     * {@code @JsonRpcError}, a security exception, or mapped by an exception mapper of the method. Any other exception
     * is a bug, answered {@code -32603} and logged at ERROR.
     * <p>
     * Runs on the thread that received the request, an event loop: it must decide at once and never block.
     *
     * @param call the call: its method, transport, connection id, caller's identity, headers, connection's user data
     * @param params the params as the client sent them: an array, an object, or {@code null} when absent
     */
    default void before(JsonRpcContext call, JsonNode params) {
    }

    /**
     * Like {@link #before}, for a decision that needs I/O: a quota kept in Redis, a remote policy, a token to look up.
     * The call waits for the returned {@code Uni} without holding a thread: it goes on when the Uni completes, and is
     * refused when it fails with a {@link JsonRpcException}, or an exception that has an error as in {@link #before}
     * (any other failure is a bug, answered {@code -32603}).
     * The filters after this one, the binding of the params and the method follow on the thread and Vert.x context the
     * call had before, whichever thread completes the Uni; the method still runs on the thread its signature asks
     * for.
     * <p>
     * Called in place of {@link #before}: a filter implements one or the other. By default it returns {@code null},
     * which means "call {@link #before}" and costs nothing more. Like {@code before}, it is called on an event loop:
     * it must return at once, and never block.
     *
     * @param call the call, as {@link #before} would see it
     * @param params the params as the client sent them
     * @return completes to let the call run, fails to refuse it; {@code null} to have {@link #before} decide
     */
    default Uni<Void> beforeAsync(JsonRpcContext call, JsonNode params) {
        return null;
    }

    /**
     * The call is over, about to be answered: the method returned or failed, or the call was refused (by a filter, or
     * for invalid params). Told to every filter whose {@link #before} ran, the refusing one included. Runs on the
     * thread that completed the call; an exception it throws is logged, and changes nothing. A call cancelled before
     * its end, its connection closed, is not told.
     * <p>
     * A call of a batch (but a notification) is told once every call of the batch is answered, on the thread that
     * completed the batch: the response size limit ({@code quarkus.jsonrpc-server.limits.max-response-size}) applies to
     * the batch's response as a whole, and may replace its result with {@code -32603 Result too large}, which it is
     * then told, as the client gets it. A batch cancelled before its answer tells nothing, neither result nor error:
     * the client gets none.
     *
     * @param call the call, as {@link #before} saw it
     * @param result what the method returned when it succeeded ({@code null} for {@code void}; a subscription's
     *        {@code Multi}); {@code null} when it failed
     * @param error the error the client gets when the call failed or was refused; {@code null} when it succeeded
     */
    default void after(JsonRpcContext call, Object result, JsonRpcException error) {
    }
}
