package io.quarkiverse.jsonrpc.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The configuration reference is committed with the docs, as Quarkiverse extensions keep it, so that the docs site
 * shows it: this build generates it afresh from the config interfaces' javadoc, and fails when the committed copy
 * differs.
 */
class ConfigReferenceTest {

    static final Path COMMITTED = Path.of("modules", "ROOT", "pages", "includes");
    static final String UPDATE = "update it with ./mvnw -B install -pl docs -Pupdate-config-reference, and commit it";

    @Test
    void theCommittedReferenceIsTheGeneratedOne() throws IOException {
        Path generated = Path.of(System.getProperty("config-reference.directory", "target/config-reference"));
        List<String> files = references(generated);
        assertThat(files).as("reference files generated in %s", generated).isNotEmpty();
        assertThat(references(COMMITTED)).as("the committed reference files: %s", UPDATE)
                .containsExactlyInAnyOrderElementsOf(files);
        for (String file : files) {
            assertThat(Files.readString(COMMITTED.resolve(file)))
                    .as("%s is stale, the configuration changed: %s", COMMITTED.resolve(file), UPDATE)
                    .isEqualTo(Files.readString(generated.resolve(file)));
        }
    }

    private static List<String> references(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("quarkus-") && name.endsWith(".adoc")).sorted().toList();
        }
    }
}
