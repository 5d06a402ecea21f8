package io.quarkiverse.jsonrpc.server.it.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.jsonrpc.server.it.docs.DocExamples.Example;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The examples of the getting-started page and of the README, run against this application, so that they cannot
 * drift from what the extension does: the Java methods they show are methods this application serves (a client
 * interface excepted), and every request they show gets, over both transports, the response they show.
 */
@QuarkusTest
class GettingStartedDocTest {

    private static final Pattern CURL_BODY = Pattern.compile("-d '([^']*)'");
    private static final Pattern CURL_URL = Pattern.compile("(http://\\S+)\\s*$");

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @ParameterizedTest
    @ValueSource(strings = { "../docs/modules/ROOT/pages/index.adoc", "../README.md" })
    void javaExamplesAreMethodsOfTheApplication(String page) throws ClassNotFoundException {
        List<Example> java = examples(page, "java");
        assertThat(java).as("Java examples of %s", page).isNotEmpty();
        String sources = normalizedSources();
        for (Example example : java) {
            for (String imported : DocExamples.imports(example.text())) {
                Class.forName(imported);
            }
            List<String> methods = DocExamples.jsonRpcMethods(example.text());
            assertThat(methods).as("@JsonRpc methods of an example of %s", page).isNotEmpty();
            for (String method : methods) {
                assertThat(sources).as("the example application's sources").contains(DocExamples.normalized(method));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "../docs/modules/ROOT/pages/index.adoc", "../README.md" })
    void requestsGetTheResponsesShown(String page) {
        List<String[]> exchanges = exchanges(DocExamples.of(Path.of(page)));
        assertThat(exchanges).as("requests and responses of %s", page).hasSizeGreaterThanOrEqualTo(2);
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint); JsonRpcTestClient http = JsonRpcTestClient.http(endpoint)) {
            for (String[] exchange : exchanges) {
                assertThat(http.exchange(exchange[0])).as("HTTP response to %s", exchange[0]).isEqualTo(exchange[1]);
                assertThat(ws.exchange(exchange[0])).as("WebSocket response to %s", exchange[0]).isEqualTo(exchange[1]);
            }
        }
    }

    /**
     * Each request (a JSON example naming a method, or the body of a {@code curl} command to this endpoint) with the
     * response shown after it.
     */
    private List<String[]> exchanges(List<Example> examples) {
        List<String[]> exchanges = new ArrayList<>();
        String request = null;
        for (Example example : examples) {
            String text = example.text().trim();
            if (example.language().equals("shell") && text.startsWith("curl")) {
                request = curlBody(text);
            } else if (example.language().equals("json") && text.contains("\"method\"")) {
                request = text;
            } else if (example.language().equals("json") && request != null) {
                exchanges.add(new String[] { request, text });
                request = null;
            }
        }
        return exchanges;
    }

    private String curlBody(String curl) {
        Matcher url = CURL_URL.matcher(curl);
        assertThat(url.find()).as("the URL of %s", curl).isTrue();
        assertThat(URI.create(url.group(1)).getPath()).isEqualTo(endpoint.getPath());
        assertThat(curl).contains("-H 'Content-Type: application/json'");
        Matcher body = CURL_BODY.matcher(curl);
        assertThat(body.find()).as("the body of %s", curl).isTrue();
        return body.group(1);
    }

    /** The examples of a language; a client interface's methods are called, not served, so its example is left out. */
    private static List<Example> examples(String page, String language) {
        return DocExamples.of(Path.of(page)).stream().filter(e -> e.language().equals(language))
                .filter(e -> !e.text().contains("@RegisterJsonRpcClient")).toList();
    }

    private static String normalizedSources() {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(DocExamples.normalized(Files.readString(file))).append('\n');
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
