package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * With {@code quarkus.http.enable-compression} a response over HTTP is compressed for a client that accepts it, as
 * Quarkus REST's are: its {@code application/json} is one of {@code quarkus.http.compress-media-types}. Quarkus turns
 * compression off for every route that does not turn it back on, and the transport's route did not: its answers went
 * out whole. So did the OpenRPC document.
 */
public class HttpCompressionTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(TransportDefaultsTest.Texts.class))
            .overrideConfigKey("quarkus.http.enable-compression", "true");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @TestHTTPResource("/jsonrpc/openrpc.json")
    URI document;

    static final String CALL = "{\"jsonrpc\":\"2.0\",\"method\":\"repeat\",\"params\":[\"json-rpc \",2000],\"id\":1}";
    static final String EXPECTED = "{\"jsonrpc\":\"2.0\",\"result\":\"" + "json-rpc ".repeat(2000) + "\",\"id\":1}";

    @Test
    void largeResultGoesOutCompressed() throws Exception {
        HttpResponse<byte[]> response = post("gzip");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.body().length).as("bytes on the wire").isLessThan(EXPECTED.length() / 10);
        try (InputStream inflated = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertThat(new String(inflated.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(EXPECTED);
        }
    }

    @Test
    void plainForAClientThatDoesNotAcceptIt() throws Exception {
        HttpResponse<byte[]> response = post("identity");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding").filter(coding -> !coding.equals("identity")))
                .isEmpty();
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(EXPECTED);
    }

    @Test
    void openRpcDocumentGoesOutCompressed() throws Exception {
        String plain = new String(send(HttpRequest.newBuilder(document).header("Accept-Encoding", "identity").GET())
                .body(), StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(document).header("Accept-Encoding", "gzip").GET());

        assertThat(plain).startsWith("{\"openrpc\":").contains("\"name\":\"repeat\"");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (InputStream inflated = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertThat(new String(inflated.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
        }
    }

    private HttpResponse<byte[]> post(String acceptEncoding) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Accept-Encoding", acceptEncoding).POST(HttpRequest.BodyPublishers.ofString(CALL)));
    }

    /** HTTP/1.1: the JDK client would otherwise ask for h2c, which Quarkus compresses the same way. */
    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build().send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
