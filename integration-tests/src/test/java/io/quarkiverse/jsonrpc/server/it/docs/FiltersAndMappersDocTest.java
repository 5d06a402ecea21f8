package io.quarkiverse.jsonrpc.server.it.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.it.docs.DocExamples.Example;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The examples of the filters guide and of the errors guide's exception mappers are the example application's code,
 * and the exchange shown is what it answers, over both transports.
 */
@QuarkusTest
class FiltersAndMappersDocTest {

    private static final Path APP = Path.of("src/main/java/io/quarkiverse/jsonrpc/server/it");

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void theRateLimitOfTheFiltersGuideIsTheApplications() throws Exception {
        Example filter = java("../docs/modules/ROOT/pages/guides-filters.adoc").get(0);
        for (String imported : DocExamples.imports(filter.text())) {
            Class.forName(imported);
        }
        // from the annotations on, callouts left out
        String code = filter.text().substring(filter.text().indexOf("@Singleton")).replaceAll(" *// <\\d+>", "");

        assertThat(DocExamples.normalized(Files.readString(APP.resolve("PingRateLimit.java"))))
                .contains(DocExamples.normalized(code));
    }

    @Test
    void theExceptionMapperOfTheErrorsGuideIsTheApplicationsAndAnswersAsShown() throws IOException {
        String page = "../docs/modules/ROOT/pages/guides-errors.adoc";
        Example mapper = java(page).stream().filter(e -> e.text().contains("@JsonRpcExceptionMapper")).findFirst()
                .orElseThrow();
        String sources = DocExamples.normalized(Files.readString(APP.resolve("Lookup.java"))
                + Files.readString(APP.resolve("AppExceptionMappers.java")));
        List<String> methods = DocExamples.jsonRpcMethods(mapper.text());
        assertThat(methods).hasSize(2);
        for (String method : methods) {
            // the signature and body: the application's method may have more annotations (@Counted)
            String declaration = method.substring(method.indexOf('\n') + 1);
            assertThat(sources).contains(DocExamples.normalized(declaration));
        }

        List<Example> examples = DocExamples.of(Path.of(page));
        int request = examples.indexOf(examples.stream().filter(e -> e.text().contains("\"lookup\"")).findFirst()
                .orElseThrow());
        String response = examples.get(request + 1).text().trim();
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint); JsonRpcTestClient http = JsonRpcTestClient.http(endpoint)) {
            assertThat(http.exchange(examples.get(request).text())).isEqualTo(response);
            assertThat(ws.exchange(examples.get(request).text())).isEqualTo(response);
        }
    }

    private static List<Example> java(String page) {
        return DocExamples.of(Path.of(page)).stream().filter(e -> e.language().equals("java")).toList();
    }
}
