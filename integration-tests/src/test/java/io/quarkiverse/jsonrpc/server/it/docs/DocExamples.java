package io.quarkiverse.jsonrpc.server.it.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The code examples of a documentation page, in the order they appear: AsciiDoc source blocks or Markdown fences. */
final class DocExamples {

    /** One example: its language ({@code java}, {@code json}, {@code shell}, ...) and its text. */
    record Example(String language, String text) {
    }

    private static final Pattern ASCIIDOC_SOURCE = Pattern.compile("^\\[source,([a-z]+)[^\\]]*\\]$");
    private static final Pattern MARKDOWN_FENCE = Pattern.compile("^```([a-z]*)$");

    private DocExamples() {
    }

    static List<Example> of(Path page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return page.toString().endsWith(".md") ? markdown(lines) : asciidoc(lines);
    }

    /** {@code [source,lang]} followed by a block delimited by {@code ----}. */
    private static List<Example> asciidoc(List<String> lines) {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size() - 1; i++) {
            Matcher source = ASCIIDOC_SOURCE.matcher(lines.get(i).trim());
            if (source.matches() && lines.get(i + 1).equals("----")) {
                int end = lines.subList(i + 2, lines.size()).indexOf("----") + i + 2;
                examples.add(new Example(source.group(1), String.join("\n", lines.subList(i + 2, end))));
                i = end;
            }
        }
        return examples;
    }

    /** A fenced block: {@code ```lang} ... {@code ```}. */
    private static List<Example> markdown(List<String> lines) {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = MARKDOWN_FENCE.matcher(lines.get(i));
            if (fence.matches()) {
                int end = lines.subList(i + 1, lines.size()).indexOf("```") + i + 1;
                examples.add(new Example(fence.group(1), String.join("\n", lines.subList(i + 1, end))));
                i = end;
            }
        }
        return examples;
    }

    /**
     * The methods annotated {@code @JsonRpc} in a Java example, each from its annotation to its closing brace; a
     * method without a body (of an interface) has none.
     */
    static List<String> jsonRpcMethods(String java) {
        List<String> methods = new ArrayList<>();
        for (int start = java.indexOf("@JsonRpc"); start >= 0; start = java.indexOf("@JsonRpc", start + 1)) {
            int body = java.indexOf('{', start);
            int end = java.indexOf(';', start);
            if (body < 0 || (end >= 0 && end < body)) {
                continue;
            }
            int depth = 0;
            for (int i = body; i < java.length(); i++) {
                char c = java.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    methods.add(java.substring(start, i + 1));
                    break;
                }
            }
        }
        return methods;
    }

    /** The classes a Java example imports. */
    static List<String> imports(String java) {
        List<String> imports = new ArrayList<>();
        Matcher matcher = Pattern.compile("^import ([\\w.]+);$", Pattern.MULTILINE).matcher(java);
        while (matcher.find()) {
            imports.add(matcher.group(1));
        }
        return imports;
    }

    /** Java text with every run of whitespace made one space, to compare code however it is indented. */
    static String normalized(String java) {
        return java.replaceAll("\\s+", " ").trim();
    }
}
