package io.quarkiverse.jsonrpc.server.deployment.devui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Dev UI form's values for params, from their schemas in the OpenRPC document. */
class ParamTemplatesTest {

    private static final String DOCUMENT = """
            {"methods": [{"name": "save", "params": [
                {"name": "item", "schema": {"$ref": "#/components/schemas/Item"}},
                {"name": "note", "schema": {"type": ["string", "null"]}},
                {"name": "shape", "schema": {"oneOf": [{"type": "null"}, {"const": "circle"}]}},
                {"name": "tags", "schema": {"type": "array", "items": {"type": "string"}}}]}],
             "components": {"schemas": {
                "Item": {"type": "object", "properties": {"name": {"type": "string"}, "size": {"type": "integer"},
                    "kind": {"enum": [null, "BOOK", "FILM"]}, "replacement": {"$ref": "#/components/schemas/Item"}}}}}}
            """;

    private final ParamTemplates templates = new ParamTemplates(DOCUMENT);

    /** Each property, an enum's first constant; a recursive type ends, a few levels down. */
    @Test
    void anObjectHasEachPropertyAndARecursiveTypeEnds() {
        Object item = templates.of("save", "item");
        assertThat(item).asInstanceOf(MAP)
                .containsEntry("name", "").containsEntry("size", 0).containsEntry("kind", "BOOK")
                .containsKey("replacement");
        int depth = 0;
        for (Object level = item; level instanceof Map<?, ?> map
                && map.get("replacement") != null; level = map.get("replacement")) {
            depth++;
        }
        assertThat(depth).isBetween(1, 4);
    }

    @Test
    void nullIsTheLastChoice() {
        assertThat(templates.of("save", "note")).isEqualTo("");
        assertThat(templates.of("save", "shape")).isEqualTo("circle");
        assertThat(templates.of("save", "tags")).isEqualTo(List.of());
    }

    @Test
    void aMethodTheDocumentDoesNotListHasNone() {
        assertThat(templates.of("other", "item")).isNull();
    }
}
