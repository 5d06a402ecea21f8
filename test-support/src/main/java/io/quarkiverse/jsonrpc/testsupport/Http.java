package io.quarkiverse.jsonrpc.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResourceManager;

/**
 * Plain HTTP requests to the application under test (the status, headers and body of what comes back), for what is not
 * a JSON-RPC exchange: status codes, {@code Allow} and CORS headers, the OpenRPC document. The JDK's client rather than
 * rest-assured: every test application loads its classes anew, and Quarkus's test framework initialises rest-assured,
 * Groovy's runtime and all, in each one when it is on the classpath, where the JDK's client is loaded once per JVM.
 */
public final class Http {

    /** A wait for an answer, not a time under test: a test application's first answers are slow on a busy machine. */
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    // HTTP/1.1, as REST Assured sent: without the JDK's attempt to upgrade each connection to HTTP/2 first
    private static final HttpClient CLIENT = withoutContextClassLoader(HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT));

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Http() {
    }

    /**
     * The client, built without the test application's class loader as its threads' context class loader. The JDK
     * gives its selector thread the builder's, and the thread lives as long as the client; this class, loaded anew by
     * each test application, holds the client: each stopped application that sent a request through it would stay in
     * memory, classes and all, for the rest of its test JVM.
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

    /** The URI of {@code path} on the application's HTTP server. */
    public static URI uri(String path) {
        return URI.create(TestHTTPResourceManager.getUri() + path);
    }

    /** {@code GET}s {@code path}, expects {@code 200}, and reads the body as JSON. */
    public static JsonNode getJson(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return json(response);
    }

    /** The body of {@code response} read as JSON. */
    public static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    public static JsonNode json(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON (" + e.getOriginalMessage() + "): " + body, e);
        }
    }

    /** What {@code pointer} points at in each element of {@code array}, as text: a column of a JSON table. */
    public static List<String> each(JsonNode array, String pointer) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.at(pointer).asText()));
        return values;
    }

    /** {@code POST}s {@code body} as {@code application/json}, unless {@code headers} name another type. */
    public static HttpResponse<String> post(String path, String body, String... headers) {
        String[] withType = new String[headers.length + 2];
        withType[0] = "Content-Type";
        withType[1] = "application/json";
        System.arraycopy(headers, 0, withType, 2, headers.length);
        return send("POST", path, body, withType);
    }

    public static HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    public static HttpResponse<String> options(String path, String... headers) {
        return send("OPTIONS", path, null, headers);
    }

    /**
     * @param path a path on the application's HTTP server, or a whole URI
     * @param headers names and values, alternately; a later one replaces an earlier one of the same name
     */
    public static HttpResponse<String> send(String method, String path, String body, String... headers) {
        URI uri = path.startsWith("http") ? URI.create(path) : uri(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(method + " " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted during " + method + " " + uri, e);
        }
    }
}
