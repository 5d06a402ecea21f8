package io.quarkiverse.jsonrpc.server;

/**
 * The error codes the server answers with: those the JSON-RPC 2.0 specification defines, and this server's own, in
 * the range -32000 to -32099 that the specification leaves to implementations. Application codes
 * ({@code JsonRpcException}, {@link JsonRpcError}) belong outside -32768 to -32000.
 */
public final class JsonRpcErrorCodes {

    /** The message is not well-formed JSON. */
    public static final int PARSE_ERROR = -32700;
    /** The message is JSON, but not a valid request, or a batch larger than {@code max-batch-size}. */
    public static final int INVALID_REQUEST = -32600;
    /** No method of that name, or none served over the transport the call came on. */
    public static final int METHOD_NOT_FOUND = -32601;
    /** The params do not fit the method's parameters. */
    public static final int INVALID_PARAMS = -32602;
    /** The method failed unexpectedly. */
    public static final int INTERNAL_ERROR = -32603;

    /** The method requires an authenticated caller, and the caller is anonymous. */
    public static final int UNAUTHORIZED = -32001;
    /** The caller is authenticated, but not allowed to call the method. */
    public static final int FORBIDDEN = -32003;
    /** The call ran past its timeout ({@code @JsonRpc(timeout)} or {@code quarkus.jsonrpc-server.timeout}). */
    public static final int TIMEOUT = -32004;
    /** The connection already has {@code max-calls-in-flight} calls running. */
    public static final int TOO_MANY_CALLS = -32005;
    /** The application is stopping: calls already running are still answered, new ones are not. */
    public static final int SHUTTING_DOWN = -32006;
    /** The WebSocket connection already has {@code websocket.max-subscriptions} subscriptions open. */
    public static final int TOO_MANY_SUBSCRIPTIONS = -32007;

    private JsonRpcErrorCodes() {
    }
}
