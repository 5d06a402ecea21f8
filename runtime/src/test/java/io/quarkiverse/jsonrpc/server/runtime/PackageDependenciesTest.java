package io.quarkiverse.jsonrpc.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The runtime's packages depend one way, as the architecture page draws them: its diagram has every dependency of one
 * package on another that the sources have, imports and fully qualified names alike, and no other. {@code config} and
 * the API, which most packages use, are left out of both.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/io/quarkiverse/jsonrpc/server");
    private static final Path PAGE = Path.of("../docs/modules/ROOT/pages/concepts-architecture.adoc");
    private static final Pattern REFERENCE = Pattern
            .compile("io\\.quarkiverse\\.jsonrpc\\.server\\.(spi|runtime)\\.(?:([a-z]\\w*)\\.)?[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern EDGE = Pattern.compile("^ {4}(\\w+) --> (\\w+)$", Pattern.MULTILINE);
    private static final String LEFT_OUT = "config";

    @Test
    void theDiagramHasTheDependenciesOfTheSources() throws IOException {
        assertThat(drawn()).containsExactlyInAnyOrderElementsOf(dependencies());
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> uses = new HashMap<>();
        for (String edge : dependencies()) {
            String[] ends = edge.split(" --> ");
            uses.computeIfAbsent(ends[0], from -> new HashSet<>()).add(ends[1]);
        }
        for (String start : uses.keySet()) {
            Deque<String> next = new ArrayDeque<>(uses.get(start));
            Set<String> reached = new HashSet<>();
            while (!next.isEmpty()) {
                String name = next.pop();
                assertThat(name).as("a package that %s depends on, directly or not", start).isNotEqualTo(start);
                if (reached.add(name)) {
                    next.addAll(uses.getOrDefault(name, Set.of()));
                }
            }
        }
    }

    /** "transport --> engine" for each package of the runtime (or {@code spi}) that a source of another names. */
    private static Set<String> dependencies() throws IOException {
        Set<String> edges = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            // the API's own sources, in the server package itself, are left out
            for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.getParent().equals(SOURCES)).toList()) {
                // the last name of the package: runtime (the assembly's own), engine, spi
                String from = file.getParent().getFileName().toString();
                Matcher reference = REFERENCE.matcher(COMMENT.matcher(read(file)).replaceAll(""));
                while (reference.find()) {
                    String to = reference.group(1).equals("spi") ? "spi"
                            : reference.group(2) == null ? "runtime" : reference.group(2);
                    if (!to.equals(from) && !to.equals(LEFT_OUT) && !from.equals(LEFT_OUT)) {
                        edges.add(from + " --> " + to);
                    }
                }
            }
        }
        assertThat(edges).as("dependencies found in %s", SOURCES).isNotEmpty();
        return edges;
    }

    private static Set<String> drawn() {
        Set<String> edges = new TreeSet<>();
        Matcher edge = EDGE.matcher(read(PAGE));
        while (edge.find()) {
            edges.add(edge.group(1) + " --> " + edge.group(2));
        }
        assertThat(edges).as("the diagram's arrows in %s", PAGE).isNotEmpty();
        return edges;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
