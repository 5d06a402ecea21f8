package io.quarkiverse.jsonrpc.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every cross-reference of the docs leads somewhere: Asciidoctor renders a reference to a missing page or anchor as
 * a plain link that goes nowhere, without a warning, so a renamed section breaks links silently.
 */
class CrossReferencesTest {

    static final Path PAGES = Path.of("modules", "ROOT", "pages");
    static final Path NAV = Path.of("modules", "ROOT", "nav.adoc");
    static final Path README = Path.of("..", "README.md");

    /** {@code xref:page.adoc#anchor[text]}, the anchor optional. */
    static final Pattern XREF = Pattern.compile("xref:([\\w./-]+\\.adoc)(?:#([\\w-]+))?\\[");
    /** {@code <<anchor>>} or {@code <<anchor,text>>}, within the page. */
    static final Pattern INTERNAL = Pattern.compile("<<([\\w-]+)(?:,[^>]*)?>>");
    /** {@code [[id]]}, {@code [[id,reftext]]} or {@code [#id]}. */
    static final Pattern EXPLICIT_ID = Pattern.compile("\\[\\[([\\w-]+)(?:,[^\\]]*)?]]|^\\[#([\\w-]+)[.\\]%]",
            Pattern.MULTILINE);
    /** A section title, and the anchor line right above it, if any. */
    static final Pattern SECTION_TITLE = Pattern.compile("^(\\[\\[[^\\n]*]]\\n|\\[#[^\\n]*]\\n)?={1,6} (.+)$",
            Pattern.MULTILINE);
    /** A Markdown link to a file of the repository. */
    static final Pattern MARKDOWN_LINK = Pattern.compile("]\\((?!https?:|#)([^)#\\s]+)");

    @Test
    void everyReferenceLeadsToAPageAndAnAnchorThatExist() throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(PAGES), Stream.of(NAV))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
                String text = Files.readString(file);
                Matcher xref = XREF.matcher(text);
                while (xref.find()) {
                    Path target = PAGES.resolve(xref.group(1));
                    if (!Files.exists(target)) {
                        broken.add(file + ": " + xref.group() + " names a page that does not exist");
                    } else if (xref.group(2) != null && !ids(Files.readString(target)).contains(xref.group(2))) {
                        broken.add(file + ": " + xref.group() + " names an anchor " + xref.group(1) + " does not have");
                    }
                }
                Set<String> own = ids(text);
                Matcher internal = INTERNAL.matcher(text);
                while (internal.find()) {
                    if (!own.contains(internal.group(1))) {
                        broken.add(file + ": " + internal.group() + " names an anchor the page does not have");
                    }
                }
            }
        }
        assertThat(broken).as("cross-references that lead nowhere").isEmpty();
    }

    @Test
    void theReadmeLinksToFilesThatExist() throws IOException {
        Path root = README.getParent();
        Matcher link = MARKDOWN_LINK.matcher(Files.readString(README));
        List<String> missing = new ArrayList<>();
        int links = 0;
        while (link.find()) {
            links++;
            if (!Files.exists(root.resolve(link.group(1)))) {
                missing.add(link.group(1));
            }
        }
        assertThat(links).as("links from the README into the repository").isPositive();
        assertThat(missing).as("files the README links to").isEmpty();
    }

    @Test
    void anAnchorIsExplicitOrMadeFromItsSectionTitleAsAsciidoctorMakesIt() {
        assertThat(ids("[[limits]]\n== Limits\n\n=== The `max-subscriptions` limit, per connection\n"))
                .containsExactlyInAnyOrder("limits", "_the_max_subscriptions_limit_per_connection");
    }

    /**
     * The anchors of a page: its explicit ids, and the ids Asciidoctor makes from the titles of the other sections,
     * with its default prefix and separator ({@code _}).
     */
    static Set<String> ids(String page) {
        Set<String> ids = new HashSet<>();
        Matcher explicit = EXPLICIT_ID.matcher(page);
        while (explicit.find()) {
            ids.add(explicit.group(1) != null ? explicit.group(1) : explicit.group(2));
        }
        Matcher title = SECTION_TITLE.matcher(page);
        while (title.find()) {
            if (title.group(1) != null) {
                // an explicit anchor replaces the one made from the title
                continue;
            }
            String words = title.group(2).toLowerCase(Locale.ROOT).replaceAll("[`*]", "")
                    .replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
            ids.add("_" + words);
        }
        return ids;
    }
}
