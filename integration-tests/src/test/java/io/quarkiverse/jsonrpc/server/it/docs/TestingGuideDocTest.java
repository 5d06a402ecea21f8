package io.quarkiverse.jsonrpc.server.it.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.it.docs.DocExamples.Example;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The examples of the testing guide compile against the test client and do what the guide says: each test class it
 * shows is a test of this package, run with the others, and the snippet of {@code WebSocketTestConnection} runs here.
 */
@QuarkusTest
class TestingGuideDocTest {

    private static final Path PAGE = Path.of("../docs/modules/ROOT/pages/guides-testing.adoc");
    private static final Path HERE = Path.of("src/test/java/io/quarkiverse/jsonrpc/server/it/docs");
    private static final Pattern TEST_CLASS = Pattern.compile("^class (Calculator\\w*Test) \\{", Pattern.MULTILINE);

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void theTestClassesOfTheGuideAreTestsOfThisPackage() throws IOException {
        List<Example> classes = java().stream().filter(e -> TEST_CLASS.matcher(e.text()).find()).toList();
        assertThat(classes).as("test classes of the guide").hasSize(3);
        for (Example example : classes) {
            Matcher name = TEST_CLASS.matcher(example.text());
            name.find();
            assertThat(DocExamples.normalized(Files.readString(HERE.resolve(name.group(1) + ".java"))))
                    .as(name.group(1)).contains(DocExamples.normalized(example.text()));
        }
    }

    @Test
    void theRawConnectionSnippetRunsAsShown() throws IOException {
        String snippet = java().stream().filter(e -> e.text().startsWith("try (WebSocketTestConnection"))
                .findFirst().orElseThrow().text();
        String source = DocExamples.normalized(Files.readString(HERE.resolve("TestingGuideDocTest.java")));
        assertThat(source).contains(DocExamples.normalized(snippet));

        try (WebSocketTestConnection connection = WebSocketTestConnection.open(endpoint)) {
            connection.send("""
                    {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1}""");
            assertThat(connection.next()).isEqualTo("""
                    {"jsonrpc":"2.0","result":19,"id":1}""");
            connection.assertNothingReceived(); // by a probe, as assertNoNotification()
        }
    }

    private static List<Example> java() {
        return DocExamples.of(PAGE).stream().filter(e -> e.language().equals("java")).toList();
    }
}
