package io.quarkiverse.jsonrpc.server.test.openrpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkiverse.jsonrpc.testsupport.OpenRpcDocuments;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The schemas of {@link Catalogue}'s types, fragment by fragment, against what the server reads and writes.
 */
public class OpenRpcSchemaReviewTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Catalogue.class,
                    io.quarkiverse.jsonrpc.server.test.openrpc.other.Item.class));

    JsonNode document;

    @BeforeEach
    void fetch() throws Exception {
        document = Http.getJson("/jsonrpc/openrpc.json");
    }

    /** Each {@code Page<T>} is its own component; a tree refers to itself; renames and ignores are honoured. */
    @Test
    void genericRecordTwiceRecursionAndRenames() {
        assertThat(json(method("items").at("/result/schema"))).isEqualTo("{\"$ref\":\"#/components/schemas/Page_Item\"}");
        assertThat(json(schema("Page_LocalDate"))).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"items\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"format\":\"date\"}},"
                + "\"total\":{\"type\":\"integer\",\"minimum\":-2147483648,\"maximum\":2147483647}}}");
        assertThat(json(schema("Page_Item").at("/properties/items"))).isEqualTo(
                "{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Item\"}}");
        assertThat(json(schema("Node"))).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"label\":{\"type\":\"string\"},"
                + "\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Node\"}}}}");
        assertThat(names(schema("Item").get("properties"))).isEqualTo("[item_name, quantity, code, owner]");
    }

    /** Two classes named Item: the second component is named with its package. */
    @Test
    void sameSimpleNameInTwoPackages() {
        assertThat(json(method("other").at("/params/0/schema"))).isEqualTo("{\"$ref\":\"#/components/schemas/Item\"}");
        assertThat(json(method("other").at("/result/schema"))).isEqualTo(
                "{\"$ref\":\"#/components/schemas/io.quarkiverse.jsonrpc.server.test.openrpc.other.Item\"}");
        assertThat(json(schema("io.quarkiverse.jsonrpc.server.test.openrpc.other.Item"))).isEqualTo(
                "{\"type\":\"object\",\"properties\":{\"sku\":{\"type\":\"string\"}}}");
    }

    /** A class extending a list or a map is one, as Jackson reads and writes it, not a bean of its getters. */
    @Test
    void aClassExtendingACollectionIsOne() {
        JsonNode tally = method("tally");
        assertThat(json(tally.at("/params/0/schema"))).isEqualTo(
                "{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Item\"}}");
        assertThat(json(tally.at("/result/schema"))).isEqualTo("{\"type\":\"object\",\"additionalProperties\":"
                + "{\"type\":\"integer\",\"minimum\":-2147483648,\"maximum\":2147483647}}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"tally\",\"params\":[[{\"item_name\":\"pen\","
                + "\"quantity\":2},{\"item_name\":\"pen\",\"quantity\":3}]],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"pen\":5},\"id\":1}");
    }

    /**
     * A map's keys are said where Jackson writes them in a form of their own (a date's, an integer's, an enum's
     * constants' names), as JSON Schema's propertyNames; not for an enum written by its @JsonValue codes.
     */
    @Test
    void mapKeysAreSaidInTheirForm() {
        JsonNode shelves = method("shelves");
        String count = "{\"type\":\"integer\",\"minimum\":-2147483648,\"maximum\":2147483647}";
        assertThat(json(shelves.at("/params/0/schema"))).isEqualTo("{\"type\":\"object\",\"propertyNames\":"
                + "{\"type\":\"string\",\"format\":\"date\"},\"additionalProperties\":" + count + "}");
        assertThat(json(shelves.at("/params/1/schema"))).isEqualTo("{\"type\":\"object\",\"propertyNames\":"
                + "{\"pattern\":\"^-?\\\\d+$\"},\"additionalProperties\":{\"type\":\"boolean\"}}");
        assertThat(json(shelves.at("/result/schema"))).isEqualTo("{\"type\":\"object\",\"propertyNames\":"
                + "{\"$ref\":\"#/components/schemas/Shelf\"},\"additionalProperties\":" + count + "}");
        assertThat(json(schema("Shelf"))).isEqualTo("{\"type\":\"string\",\"enum\":[\"TOP\",\"low\"]}");
        assertThat(json(method("byNumber").at("/params/0/schema"))).isEqualTo(
                "{\"type\":\"object\",\"additionalProperties\":" + count + "}");
        // as the server reads and writes them
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"shelves\",\"params\":[{\"2026-01-02\":1},"
                + "{\"-5\":true}],\"id\":1}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"low\":2},\"id\":1}");
    }

    /** Types whose component names would be the same each keep a component of their own: none replaces another. */
    @Test
    void typesOfTheSameLabelKeepComponentsOfTheirOwn() {
        List<String> items = Stream.of("numbers", "texts", "flags").map(name -> method(name).at("/result/schema/$ref")
                .asText()).map(ref -> json(schema(ref.substring(ref.lastIndexOf('/') + 1)).at("/properties/items/items")))
                .toList();
        assertThat(items).containsExactly("{\"type\":\"number\"}", "{\"type\":\"string\"}",
                "{\"type\":\"boolean\"}");
    }

    @Test
    void scalarsAndUnwrappedResults() {
        JsonNode big = method("big");
        assertThat(json(big.get("params")))
                .isEqualTo("[{\"name\":\"amount\",\"required\":true,\"schema\":{\"type\":\"number\"}},"
                        + "{\"name\":\"at\",\"required\":true,\"schema\":{\"type\":\"string\",\"format\":\"date-time\"}},"
                        + "{\"name\":\"blob\",\"required\":true,\"schema\":{\"type\":\"string\",\"contentEncoding\":\"base64\"}}]");
        assertThat(json(big.at("/result/schema"))).isEqualTo("{\"type\":\"integer\"}");
        assertThat(json(method("later").at("/result/schema"))).isEqualTo("{\"type\":\"string\"}");
        assertThat(json(method("nothing").at("/result/schema"))).isEqualTo("{\"type\":\"null\"}");
        // as the server writes them
        assertThat(HttpRpc
                .call("{\"jsonrpc\":\"2.0\",\"method\":\"big\",\"params\":[1.50,\"2026-01-02T03:04:05Z\",\"AQI=\"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"nothing\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
        // a Year as Quarkus's mapper writes it, dates as text: a string of digits, which the server reads too
        JsonNode next = method("next");
        String year = "{\"type\":\"string\",\"pattern\":\"^-?\\\\d+$\"}";
        assertThat(json(next.at("/params/0/schema"))).isEqualTo(year);
        assertThat(json(next.at("/result/schema"))).isEqualTo(year);
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"next\",\"params\":[\"2026\"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"2027\",\"id\":1}");
        // an OffsetTime as Jackson writes it, its toString(): without seconds where they are zero, which RFC 3339's
        // time format requires, so a pattern
        JsonNode halfAnHourLater = method("halfAnHourLater");
        assertThat(json(halfAnHourLater.at("/result/schema"))).isEqualTo("{\"type\":\"string\",\"pattern\":"
                + "\"^\\\\d{2}:\\\\d{2}(:\\\\d{2}(\\\\.\\\\d+)?)?(Z|[+-]\\\\d{2}:\\\\d{2}(:\\\\d{2})?)$\"}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"halfAnHourLater\",\"params\":[\"09:00Z\"],"
                + "\"id\":1}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"09:30Z\",\"id\":1}");
    }

    /** Boxed or not, a plain param is required: the server refuses a call without it. */
    @Test
    void boxedAndPrimitiveParamsAreRequired() {
        JsonNode sparse = method("sparse");
        assertThat(sparse.at("/params/0/required").asBoolean()).isTrue();
        assertThat(sparse.at("/params/1/required").asBoolean()).isTrue();
        assertThat(
                HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"sparse\",\"params\":{\"primitive\":1,\"limit\":2},\"id\":1}"))
                .contains("missing required parameter 'boxed'");
    }

    /**
     * OpenRPC lists the optional params after the required ones: one before a required param is listed as required,
     * as it is by position, where the client gives null for none (by name it may still be left out).
     */
    @Test
    void anOptionalParamBeforeARequiredOneIsListedAsRequired() {
        assertThat(json(method("search").get("params"))).isEqualTo("[{\"name\":\"filter\",\"required\":true,"
                + "\"schema\":{\"type\":[\"string\",\"null\"]}},{\"name\":\"page\",\"required\":true,"
                + "\"schema\":{\"type\":\"integer\",\"minimum\":-2147483648,\"maximum\":2147483647}}]");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"search\",\"params\":[null,2],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"all 2\",\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"search\",\"params\":{\"page\":3},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"all 3\",\"id\":1}");
    }

    /**
     * {@code OptionalInt}, {@code OptionalLong} and {@code OptionalDouble} are optional as {@code Optional<T>} is:
     * described as not required and nullable, and empty when omitted or null, as Jackson reads a null for them.
     */
    @Test
    void primitiveOptionalsMayBeOmittedOrNull() {
        assertThat(json(method("window").get("params"))).isEqualTo("[{\"name\":\"limit\",\"required\":false,"
                + "\"schema\":{\"type\":[\"integer\",\"null\"],\"minimum\":-2147483648,\"maximum\":2147483647}},"
                + "{\"name\":\"from\",\"required\":false,\"schema\":{\"type\":[\"integer\",\"null\"],"
                + "\"minimum\":-9223372036854775808,\"maximum\":9223372036854775807}},"
                + "{\"name\":\"ratio\",\"required\":false,\"schema\":{\"type\":[\"number\",\"null\"]}}]");
        String empty = "{\"jsonrpc\":\"2.0\",\"result\":\"OptionalInt.empty OptionalLong.empty OptionalDouble.empty\","
                + "\"id\":1}";
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"window\",\"params\":[null,null,null],\"id\":1}"))
                .isEqualTo(empty);
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"window\",\"params\":{\"limit\":null,"
                + "\"from\":null,\"ratio\":null},\"id\":1}")).isEqualTo(empty);
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"window\",\"params\":[],\"id\":1}"))
                .isEqualTo(empty);
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"window\",\"params\":{},\"id\":1}"))
                .isEqualTo(empty);
        assertThat(HttpRpc.call("{\"method\":\"window\",\"params\":[null],\"id\":1}"))
                .isEqualTo("{\"result\":\"OptionalInt.empty OptionalLong.empty OptionalDouble.empty\",\"error\":null,"
                        + "\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"window\",\"params\":[5,6,0.5],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"OptionalInt[5] OptionalLong[6] OptionalDouble[0.5]\","
                        + "\"id\":1}");
    }

    /**
     * What the schema refuses, the server refuses too, saying so in the schema's terms: the enum's values as written,
     * the path inside a param; a member the type does not have is ignored, as Quarkus configures Jackson.
     */
    @Test
    void paramsThatDoNotFitTheSchemaAreSaidInItsTerms() {
        assertThat(invalidParams("\"size\",\"params\":[\"XL\"]"))
                .isEqualTo("parameter 'size' cannot take \"XL\", only one of \"s\", \"m\", \"l\"");
        assertThat(invalidParams("\"tree\",\"params\":[{\"label\":\"a\",\"children\":[{\"label\":\"b\",\"children\":5}]}]"))
                .isEqualTo("'root.children[0].children' cannot take 5 as an array");
        assertThat(invalidParams("\"byNumber\",\"params\":{\"bySize\":{\"s\":\"x\"}}"))
                .isEqualTo("'bySize.s' cannot take \"x\" as an integer");
        assertThat(invalidParams("\"byNumber\",\"params\":{\"bySize\":{\"xl\":1}}"))
                .isEqualTo("parameter 'bySize' cannot take the member name \"xl\", only one of \"s\", \"m\", \"l\"");
        assertThat(invalidParams("\"count\",\"params\":[[\"1\",\"one\"]]"))
                .isEqualTo("'ids[1]' cannot take \"one\" as an integer");
        assertThat(invalidParams("\"count\",\"params\":[\"1,2\"]"))
                .isEqualTo("parameter 'ids' cannot take \"1,2\" as an array");
        // a string not in its format's form says the form; a primitive inside a param, not nullable, takes no null
        assertThat(invalidParams("\"big\",\"params\":[1,\"yesterday\",\"AQI=\"]"))
                .isEqualTo("parameter 'at' cannot take \"yesterday\" as a date and time with an offset"
                        + " (ISO 8601, like \"2024-05-01T13:45:00Z\")");
        assertThat(invalidParams("\"total\",\"params\":[{\"items\":[\"2024-13-01\"],\"total\":1}]"))
                .isEqualTo("'page.items[0]' cannot take \"2024-13-01\" as a date (ISO 8601, like \"2024-05-01\")");
        assertThat(invalidParams("\"total\",\"params\":[{\"items\":[],\"total\":null}]"))
                .isEqualTo("'page.total' must not be null");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"total\",\"params\":[{\"items\":[]}],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":0,\"id\":1}");
        assertThat(
                HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"tree\",\"params\":[{\"label\":\"a\",\"extra\":1}],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"label\":\"a\",\"children\":null},\"id\":1}");
    }

    private static String invalidParams(String methodAndParams) {
        JsonNode error;
        try {
            error = new ObjectMapper().readTree(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":" + methodAndParams
                    + ",\"id\":1}")).get("error");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(error.get("code").asInt()).as(error.toString()).isEqualTo(-32602);
        assertThat(error.get("message").asText()).startsWith("Invalid params: ");
        return error.get("message").asText().substring("Invalid params: ".length());
    }

    /** Jackson writes an empty OptionalInt, OptionalLong or OptionalDouble as null, as an empty Optional. */
    @Test
    void primitiveOptionalsInAResultMayBeNull() {
        assertThat(json(schema("Window"))).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"limit\":{\"type\":[\"integer\",\"null\"],\"minimum\":-2147483648,\"maximum\":2147483647},"
                + "\"from\":{\"type\":[\"integer\",\"null\"],\"minimum\":-9223372036854775808,"
                + "\"maximum\":9223372036854775807},\"ratio\":{\"type\":[\"number\",\"null\"]}}}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"lastWindow\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"limit\":null,\"from\":6,\"ratio\":null},\"id\":1}");
    }

    @Test
    void deprecatedMethodIsSaidSo() {
        JsonNode old = method("old");
        assertThat(json(old.get("deprecated"))).isEqualTo("true");
        assertThat(method("later").has("deprecated")).isFalse();
        // a parameter too: OpenRPC's content descriptors have the same field
        assertThat(old.at("/params/0").has("deprecated")).isFalse();
        assertThat(json(old.at("/params/1"))).isEqualTo(
                "{\"name\":\"mode\",\"required\":false,\"schema\":{\"type\":[\"string\",\"null\"]},\"deprecated\":true}");
    }

    /** Jackson writes an empty Optional as null, inside a map or a list too. */
    @Test
    void optionalInsideContainersMayBeNull() {
        assertThat(json(method("nested").at("/result/schema"))).isEqualTo("{\"type\":\"array\",\"items\":{"
                + "\"type\":\"object\",\"additionalProperties\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/Item\"},"
                + "{\"type\":\"null\"}]}}}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"nested\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":[{\"none\":null}],\"id\":1}");
    }

    /** An enum written by its @JsonValue: its values are not its constants' names. */
    @Test
    void enumWrittenByJsonValue() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"size\",\"params\":[\"m\"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"m\",\"id\":1}");
        assertThat(json(schema("Size2"))).isEqualTo("{\"type\":\"string\"}");
    }

    private JsonNode schema(String key) {
        JsonNode schema = document.at("/components/schemas/" + key);
        assertThat(schema.isMissingNode()).as("component %s in %s", key, document.get("components")).isFalse();
        return schema;
    }

    private static String names(JsonNode object) {
        java.util.List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    private static String json(JsonNode node) {
        return node.toString();
    }

    private JsonNode method(String name) {
        return OpenRpcDocuments.method(document, name);
    }
}
