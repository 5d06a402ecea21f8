package io.quarkiverse.jsonrpc.server.testing;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JSON-RPC 2.0 client for tests: one line per call, over WebSocket or HTTP.
 *
 * <pre>
 * &#64;TestHTTPResource("/jsonrpc")
 * URI endpoint;
 *
 * try (JsonRpcTestClient client = JsonRpcTestClient.ws(endpoint)) {
 *     assertEquals(19, client.call(int.class, "subtract", 42, 23));
 *     assertEquals(-32601, client.callForError("nope").code());
 * }
 * </pre>
 *
 * A call returns its result, or throws {@link JsonRpcErrorException} when the server answers with an error. Over
 * WebSocket, the notifications the server sends wait in a queue for {@link #nextNotification(Duration)}, and
 * {@link #subscribe(String, Object...)} follows a subscription. Calls may run concurrently from several threads. For
 * the messages on the wire, as they are, see {@link WebSocketTestConnection}.
 */
public abstract class JsonRpcTestClient implements AutoCloseable {

    /**
     * How long a call waits for its response unless {@link Builder#timeout(Duration)} says otherwise: as Quarkus's
     * {@code quarkus.http.test-timeout}, long enough for a test on a busy machine, and waited out only when what is
     * awaited does not come.
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    final JsonRpcCodec codec;
    final Duration timeout;

    JsonRpcTestClient(ObjectMapper mapper, Duration timeout) {
        this.codec = new JsonRpcCodec(mapper);
        this.timeout = timeout;
    }

    /** Connects to a JSON-RPC WebSocket endpoint; an {@code http(s)://} URI is taken as its {@code ws(s)://} twin. */
    public static JsonRpcTestClient ws(URI endpoint) {
        return builder().ws(endpoint);
    }

    /** A client that {@code POST}s every message to a JSON-RPC HTTP endpoint. */
    public static JsonRpcTestClient http(URI endpoint) {
        return builder().http(endpoint);
    }

    /** For headers, another ObjectMapper or another timeout. */
    public static Builder builder() {
        return new Builder();
    }

    // --- calls

    /** Calls with positional params; the result as JSON ({@code NullNode} for {@code null}). */
    public JsonNode call(String method, Object... params) {
        return codec.resultOf(roundTrip(codec.request(method, codec.positional(params))));
    }

    /** Calls with positional params; the result read as {@code type}. */
    public <T> T call(Class<T> type, String method, Object... params) {
        return codec.convert(call(method, params), type);
    }

    /** Calls with positional params; the result read as a generic type, {@code new TypeReference<List<Point>>() {}}. */
    public <T> T call(TypeReference<T> type, String method, Object... params) {
        return codec.convert(call(method, params), type);
    }

    /** Calls with named params, in the map's order. */
    public JsonNode callNamed(String method, Map<String, ?> params) {
        return codec.resultOf(roundTrip(codec.request(method, codec.named(params))));
    }

    public <T> T callNamed(Class<T> type, String method, Map<String, ?> params) {
        return codec.convert(callNamed(method, params), type);
    }

    /**
     * Calls a method that must fail, and returns its error.
     *
     * @throws AssertionError when the call returns a result
     */
    public JsonRpcErrorException callForError(String method, Object... params) {
        return errorOf(method, () -> call(method, params));
    }

    /** As {@link #callForError(String, Object...)}, with named params. */
    public JsonRpcErrorException callNamedForError(String method, Map<String, ?> params) {
        return errorOf(method, () -> callNamed(method, params));
    }

    /** Sends a notification: no id, no response. Over HTTP, waits until the server has accepted it. */
    public void notify(String method, Object... params) {
        send(codec.message(method, codec.positional(params), null));
    }

    public void notifyNamed(String method, Map<String, ?> params) {
        send(codec.message(method, codec.named(params), null));
    }

    /** Starts a batch: add calls and notifications, then {@link Batch#send()} them in one message. */
    public Batch batch() {
        return new Batch(this);
    }

    /**
     * Sends a message as it is given, for what the typed methods cannot write (a malformed message, a chosen id), and
     * returns the server's response as it came.
     *
     * @return the response or batch response; {@code null} when the server sends none (notifications only)
     */
    public abstract String exchange(String message);

    // --- what the server sends by itself (WebSocket only)

    /**
     * The next notification the server sent on this connection, subscription items excepted.
     *
     * @throws AssertionError when none arrives in time
     * @throws UnsupportedOperationException over HTTP, where the server sends nothing but responses
     */
    public Notification nextNotification(Duration timeout) {
        Notification notification = pollNotification(timeout);
        if (notification == null) {
            String closed = closedBecause();
            throw new AssertionError(closed != null ? "No notification received: " + closed
                    : "No notification received within " + timeout);
        }
        return notification;
    }

    /**
     * The next notification, or {@code null} when none arrives in time (at once when the connection has closed and
     * every notification that came before has been read). To assert that none came, prefer
     * {@link #assertNoNotification()}, which does not depend on how long the server takes.
     *
     * @throws UnsupportedOperationException over HTTP, where the server sends nothing but responses
     */
    public abstract Notification pollNotification(Duration timeout);

    /**
     * Asserts that the server sent no notification on this connection that has not been read. Silence alone proves
     * nothing, so this makes a probe call (the reserved method {@code rpc.probe}, which a JSON-RPC server answers with
     * an error) and checks, once it is answered, that no notification came before the answer: what the server sent
     * before it handled the probe has arrived by then.
     *
     * @throws AssertionError when a notification is waiting; it is removed from the queue
     * @throws UnsupportedOperationException over HTTP, where the server sends nothing but responses
     */
    public abstract void assertNoNotification();

    /**
     * Calls a method that returns a stream and follows the subscription it opens.
     *
     * @throws UnsupportedOperationException over HTTP, where the server cannot stream
     */
    public abstract JsonRpcSubscription subscribe(String method, Object... params);

    @Override
    public abstract void close();

    // --- for the transports

    /** Why nothing more comes from the server ({@code "the connection closed: 1011 ..."}); {@code null} while it may. */
    String closedBecause() {
        return null;
    }

    /** The subscription was unsubscribed: what comes for its id from now on belongs to no subscription of it. */
    void unsubscribed(String subscriptionId) {
    }

    /** Sends a request and returns its response. */
    abstract JsonNode roundTrip(ObjectNode request);

    /** Sends a batch and returns its responses, in any order; {@code null} when it had only notifications. */
    abstract JsonNode roundTripBatch(ArrayNode batch, List<Long> ids);

    abstract void send(ObjectNode notification);

    /** The error {@code call} fails with; an assertion naming {@code what} and the result when it returns one. */
    static JsonRpcErrorException errorOf(String what, Supplier<JsonNode> call) {
        JsonNode result;
        try {
            result = call.get();
        } catch (JsonRpcErrorException e) {
            return e;
        }
        throw new AssertionError("Expected " + what + " to fail, but it returned " + result);
    }

    /** Several calls and notifications in one message. */
    public static final class Batch {

        private final JsonRpcTestClient client;
        private final JsonRpcCodec codec;
        private final ArrayNode messages;
        private final List<Long> ids = new ArrayList<>();

        Batch(JsonRpcTestClient client) {
            this.client = client;
            this.codec = client.codec;
            this.messages = codec.mapper.createArrayNode();
        }

        public Batch call(String method, Object... params) {
            return add(codec.request(method, codec.positional(params)));
        }

        public Batch callNamed(String method, Map<String, ?> params) {
            return add(codec.request(method, codec.named(params)));
        }

        public Batch notify(String method, Object... params) {
            messages.add(codec.message(method, codec.positional(params), null));
            return this;
        }

        private Batch add(ObjectNode request) {
            ids.add(request.get("id").asLong());
            messages.add(request);
            return this;
        }

        /**
         * Sends the batch.
         *
         * @return the response of each call, in the order the calls were added (the server may answer in any order);
         *         read each with {@link BatchResponse#result()} or {@link BatchResponse#error()}
         * @throws JsonRpcErrorException when the server refused the batch as a whole (an empty one, one over its size
         *         limit): one error, not an array
         */
        public List<BatchResponse> send() {
            JsonNode responses = client.roundTripBatch(messages, ids);
            if (responses != null && responses.isObject() && responses.has("error")) {
                throw JsonRpcErrorException.of(responses.get("error"), codec.mapper);
            }
            Map<Long, JsonNode> byId = new LinkedHashMap<>();
            if (responses != null) {
                for (JsonNode response : responses) {
                    byId.put(response.path("id").asLong(), response);
                }
            }
            List<BatchResponse> ordered = new ArrayList<>(ids.size());
            for (Long id : ids) {
                JsonNode response = byId.get(id);
                if (response == null) {
                    throw new AssertionError("The batch response has no response of id " + id + ": " + responses);
                }
                ordered.add(new BatchResponse(client, response));
            }
            return ordered;
        }
    }

    /**
     * How to build a client: headers (on each HTTP request, or on the WebSocket upgrade), mapper, timeout, and the TLS
     * context for {@code https} and {@code wss}.
     */
    public static final class Builder {

        private final Map<String, String> headers = new LinkedHashMap<>();
        private ObjectMapper mapper;
        private Duration timeout = DEFAULT_TIMEOUT;
        private SSLContext tls;

        private Builder() {
        }

        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** Writes params and reads results; by default one with every module on the classpath registered. */
        public Builder mapper(ObjectMapper mapper) {
            this.mapper = mapper;
            return this;
        }

        /**
         * How long a call, or a wait for a subscription's next item, lasts at most; a wait for a notification takes
         * its own. The opening of a WebSocket connection is given 30 s at least: a short timeout is for the waits a
         * test means to fail, and a busy machine can take over a second to open.
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** Trusts the servers this context trusts; the JDK's default context otherwise. */
        public Builder sslContext(SSLContext context) {
            this.tls = context;
            return this;
        }

        /**
         * @throws UpgradeRejectedException when the server refuses the upgrade
         */
        public JsonRpcTestClient ws(URI endpoint) {
            return WebSocketTestClient.connect(webSocketUri(endpoint), headers(), mapper(), timeout, tls());
        }

        public JsonRpcTestClient http(URI endpoint) {
            return new HttpTestClient(endpoint, headers(), mapper(), timeout, tls);
        }

        /**
         * A WebSocket connection that sends and receives messages as they are, for tests of the protocol itself.
         *
         * @throws UpgradeRejectedException when the server refuses the upgrade
         */
        public WebSocketTestConnection connection(URI endpoint) {
            return WebSocketTestConnection.open(endpoint, this);
        }

        Map<String, String> headers() {
            return Map.copyOf(headers);
        }

        Duration timeout() {
            return timeout;
        }

        /** The context for {@code wss}; {@code null} for the JDK's default, looked up only when needed. */
        SSLContext tls() {
            return tls;
        }

        private ObjectMapper mapper() {
            return mapper != null ? mapper : new ObjectMapper().findAndRegisterModules();
        }

        static URI webSocketUri(URI endpoint) {
            String scheme = endpoint.getScheme();
            if ("http".equals(scheme) || "https".equals(scheme)) {
                return URI.create(("http".equals(scheme) ? "ws" : "wss") + endpoint.toString().substring(scheme.length()));
            }
            return endpoint;
        }
    }
}
