package io.quarkiverse.jsonrpc.server.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Each message is the body of a {@code POST}; the response is the body of its HTTP response. Its JDK
 * {@link HttpClient} has a thread of its own (the JDK names it {@code HttpClient-<n>-SelectorManager}), which Java 17
 * gives no way to end but to let go of the client: {@link #close()} does, and the thread ends after the next garbage
 * collection that finds the client unreachable, while the test may still hold this object. On Java 21 and later,
 * whose {@code HttpClient} can be closed, it ends at once.
 */
final class HttpTestClient extends JsonRpcTestClient {

    private final URI endpoint;
    private final Map<String, String> headers;
    /** {@code null} once closed. */
    private volatile HttpClient http;

    HttpTestClient(URI endpoint, Map<String, String> headers, ObjectMapper mapper, Duration timeout, SSLContext tls) {
        super(mapper, timeout);
        this.endpoint = endpoint;
        this.headers = headers;
        // HTTP/1.1: one POST a message, without the JDK's attempt to upgrade to HTTP/2 first
        HttpClient.Builder http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout);
        if (tls != null) {
            http.sslContext(tls);
        }
        this.http = withoutContextClassLoader(http);
    }

    /**
     * Built without the test's context class loader: the JDK gives the client's selector thread the builder's, and in
     * a Quarkus test that is the application's, which the thread would keep in memory, classes and all, for as long as
     * the client is not collected (a client left unclosed in a static field: for the rest of the JVM).
     */
    private static HttpClient withoutContextClassLoader(HttpClient.Builder builder) {
        Thread current = Thread.currentThread();
        ClassLoader application = current.getContextClassLoader();
        current.setContextClassLoader(null);
        try {
            return builder.build();
        } finally {
            current.setContextClassLoader(application);
        }
    }

    @Override
    JsonNode roundTrip(ObjectNode request) {
        String body = exchange(codec.write(request));
        if (body == null) {
            throw new AssertionError("No response to " + request);
        }
        JsonNode response = codec.read(body);
        // the answer to this request, or an error about it whose id the server could not read
        JsonNode id = response.path("id");
        if (!(id.isIntegralNumber() && id.asLong() == request.get("id").asLong())
                && !(id.isNull() && response.has("error"))) {
            throw new AssertionError("The response to " + request + " has another id: " + body);
        }
        return response;
    }

    @Override
    JsonNode roundTripBatch(ArrayNode batch, List<Long> ids) {
        String body = exchange(codec.write(batch));
        return body == null ? null : codec.read(body);
    }

    @Override
    void send(ObjectNode notification) {
        exchange(codec.write(notification));
    }

    @Override
    public String exchange(String message) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(message));
        // set, not added: a test may send another Content-Type, to see the server refuse it
        headers.forEach(request::setHeader);
        HttpClient client = http;
        if (client == null) {
            throw new IllegalStateException("The client is closed: POST " + endpoint + " not sent");
        }
        HttpResponse<String> response;
        // the request's timeout bounds the wait for the response's headers only: the whole exchange is bounded here,
        // or a body that stops coming would hold the test for good
        CompletableFuture<HttpResponse<String>> sent = client.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofString());
        try {
            response = sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("POST " + endpoint + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            sent.cancel(true);
            throw new AssertionError("POST " + endpoint + " failed: no whole response within " + timeout);
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted during POST " + endpoint, e);
        }
        String body = response.body();
        // with error status codes on, an error response comes with 4xx or 5xx: its body is still the answer; an
        // error status with anything else (nothing, a line of text, a page, JSON of another kind) is the request refused
        if (response.statusCode() >= 300 && !isJsonRpcResponse(body)) {
            Map<String, String> answered = new HashMap<>();
            response.headers().map().forEach((name, values) -> answered.put(name.toLowerCase(Locale.ROOT),
                    values.get(0)));
            throw new RequestRejectedException(endpoint, response.statusCode(), answered, body);
        }
        return response.statusCode() == 204 || body.isEmpty() ? null : body;
    }

    /** A response or a batch of them: JSON objects with a {@code jsonrpc} member. */
    private boolean isJsonRpcResponse(String body) {
        if (body.isBlank()) {
            return false;
        }
        JsonNode json;
        try {
            json = codec.mapper.readTree(body);
        } catch (IOException e) {
            return false;
        }
        if (json == null || json.isArray() && json.isEmpty()) {
            return false;
        }
        for (JsonNode response : json.isArray() ? json : List.of(json)) {
            if (!response.isObject() || !response.has("jsonrpc")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Notification pollNotification(Duration timeout) {
        throw new UnsupportedOperationException("Over HTTP the server sends nothing but responses: use ws(uri)");
    }

    @Override
    public void assertNoNotification() {
        throw new UnsupportedOperationException("Over HTTP the server sends nothing but responses: use ws(uri)");
    }

    @Override
    public JsonRpcSubscription subscribe(String method, Object... params) {
        throw new UnsupportedOperationException("Over HTTP the server cannot stream: use ws(uri)");
    }

    @Override
    public void close() {
        HttpClient closed = http;
        http = null;
        // HttpClient is AutoCloseable from Java 21 on, which this code, built for 17, cannot call by name
        if (closed instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("Closing the HTTP client of " + endpoint + " failed", e);
            }
        }
    }
}
