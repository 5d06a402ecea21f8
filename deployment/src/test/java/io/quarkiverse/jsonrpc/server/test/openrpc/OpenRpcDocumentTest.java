package io.quarkiverse.jsonrpc.server.test.openrpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkiverse.jsonrpc.testsupport.OpenRpcDocuments;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * The OpenRPC document describes each method's params, result and errors with schemas derived from the Java types. In
 * test mode it is served: as the result of {@code rpc.discover} over both transports, and at
 * {@code GET /jsonrpc/openrpc.json}, while {@code GET /jsonrpc} stays {@code 405}.
 * <p>
 * One application for both: the document describes {@link Shop} alone, and serving it is read-only.
 */
public class OpenRpcDocumentTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Shop.class));

    static final String DISCOVER = "{\"jsonrpc\":\"2.0\",\"method\":\"rpc.discover\",\"id\":7}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    JsonNode document;

    @BeforeEach
    void fetch() {
        document = Http.json(get("/jsonrpc/openrpc.json"));
    }

    @Test
    void header() {
        assertThat(document.get("openrpc").asText()).isEqualTo("1.3.2");
        assertThat(document.at("/info/title").asText()).isNotEmpty();
        assertThat(document.at("/info/version").asText()).isNotEmpty();
        // quarkus.jsonrpc-server.openrpc.servers is unset
        assertThat(document.has("servers")).isFalse();
    }

    @Test
    void methodsAreSortedByName() {
        assertThat(names(document.get("methods"))).containsExactly("catalog", "delivery", "page", "price", "prices", "record");
    }

    @Test
    void summaryDescriptionAndParamsInOrder() {
        JsonNode price = method("price");
        assertThat(price.get("summary").asText()).isEqualTo("Prices an item");
        assertThat(price.get("description").asText()).isEqualTo("The price of an *item* on a day, in a currency.");
        assertThat(names(price.get("params"))).containsExactly("item", "day", "currency");
        assertThat(json(price.at("/params/0"))).isEqualTo(
                "{\"name\":\"item\",\"required\":true,\"schema\":{\"$ref\":\"#/components/schemas/Item\"}}");
        assertThat(json(price.at("/params/1"))).isEqualTo(
                "{\"name\":\"day\",\"required\":true,\"schema\":{\"type\":\"string\",\"format\":\"date\"}}");
        // Optional: may be omitted, and is described by its content, or null, which binds as omitted
        assertThat(json(price.at("/params/2"))).isEqualTo(
                "{\"name\":\"currency\",\"required\":false,\"schema\":{\"type\":[\"string\",\"null\"]}}");
        assertThat(json(price.get("result"))).isEqualTo(
                "{\"name\":\"result\",\"schema\":{\"$ref\":\"#/components/schemas/Money\"}}");
        assertThat(method("page").has("summary")).isFalse();
        assertThat(method("page").has("description")).isFalse();
    }

    @Test
    void record() {
        assertThat(json(schema("Money"))).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"amount\":{\"type\":\"number\"},\"currency\":{\"type\":\"string\"}}}");
    }

    /** Jackson writes an empty Optional and a null reference as null: where the code says so, the schema lets it. */
    @Test
    void whatMayBeAbsentMayBeNull() {
        assertThat(json(schema("Delivery"))).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"address\":{\"type\":\"string\"},"
                + "\"date\":{\"type\":[\"string\",\"null\"],\"format\":\"date\"},"
                + "\"note\":{\"type\":[\"string\",\"null\"]},"
                + "\"color\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/Color\"},{\"type\":\"null\"}]}}}");
        assertThat(json(method("delivery").at("/result/schema"))).isEqualTo(
                "{\"anyOf\":[{\"$ref\":\"#/components/schemas/Delivery\"},{\"type\":\"null\"}]}");
    }

    @Test
    void beanWithAccessorsRecursionAndIgnoredProperty() {
        assertThat(json(schema("Item"))).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"name\":{\"type\":\"string\"},"
                + "\"color\":{\"$ref\":\"#/components/schemas/Color\"},"
                + "\"replacement\":{\"$ref\":\"#/components/schemas/Item\"},"
                + "\"available\":{\"type\":\"boolean\"}}}");
    }

    @Test
    void enumWithRenamedConstant() {
        assertThat(json(schema("Color"))).isEqualTo("{\"type\":\"string\",\"enum\":[\"RED\",\"GREEN\",\"dark-blue\"]}");
    }

    @Test
    void nestedGenericsAndRequiredProperty() {
        JsonNode catalog = method("catalog");
        // the Uni is unwrapped; the context parameter is no param
        assertThat(json(catalog.get("result"))).isEqualTo(
                "{\"name\":\"result\",\"schema\":{\"$ref\":\"#/components/schemas/Catalog\"}}");
        assertThat(names(catalog.get("params"))).containsExactly("color");
        assertThat(json(schema("Catalog"))).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"sections\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
                + "\"additionalProperties\":{\"$ref\":\"#/components/schemas/Item\"}}},"
                + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"uniqueItems\":true},"
                + "\"updated\":{\"type\":\"string\",\"format\":\"date-time\"}},"
                + "\"required\":[\"updated\"]}");
    }

    @Test
    void genericBeanIsDescribedPerTypeArgument() {
        JsonNode page = method("page");
        assertThat(json(page.at("/result/schema"))).isEqualTo("{\"$ref\":\"#/components/schemas/Page_Item\"}");
        assertThat(json(schema("Page_Item"))).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"items\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Item\"}},"
                + "\"total\":{\"type\":\"integer\",\"minimum\":-9223372036854775808,\"maximum\":9223372036854775807}}}");
        assertThat(json(page.at("/params/0/schema"))).isEqualTo(
                "{\"type\":\"integer\",\"minimum\":-2147483648,\"maximum\":2147483647}");
        assertThat(json(page.at("/params/1/schema"))).isEqualTo(
                "{\"type\":\"integer\",\"minimum\":-32768,\"maximum\":32767}");
        // a Duration as Quarkus writes it by default (quarkus.jackson.write-durations-as-timestamps): its seconds
        assertThat(json(page.at("/params/2/schema"))).isEqualTo("{\"type\":\"number\"}");
    }

    @Test
    void declaredErrorsComeFromTheThrowsClause() {
        assertThat(json(method("price").get("errors"))).isEqualTo("[{\"code\":1001,\"message\":\"Out of stock\"}]");
        // inherited from the annotated superclass
        assertThat(json(method("page").get("errors"))).isEqualTo("[{\"code\":1001,\"message\":\"Out of stock\"}]");
        // no fixed message: the class names the error; InterruptedException declares none
        assertThat(json(method("catalog").get("errors"))).isEqualTo(
                "[{\"code\":1002,\"message\":\"Shop.ClosedException\"}]");
        assertThat(method("prices").has("errors")).isFalse();
    }

    @Test
    void multiIsASubscription() {
        JsonNode prices = method("prices");
        assertThat(prices.at("/result/name").asText()).isEqualTo("subscription");
        assertThat(json(prices.at("/result/schema"))).isEqualTo("{\"type\":\"string\"}");
        assertThat(json(prices.get("x-subscription"))).isEqualTo("{\"notification\":\"rpc.subscription\","
                + "\"unsubscribe\":\"rpc.unsubscribe\",\"items\":{\"$ref\":\"#/components/schemas/Money\"}}");
        assertThat(json(prices.get("x-transports"))).isEqualTo("[\"websocket\"]");
        // varargs: optional, an array by name
        assertThat(json(prices.at("/params/0/schema"))).isEqualTo(
                "{\"type\":\"array\",\"items\":{\"type\":\"string\"}}");
        assertThat(prices.at("/params/0/required").asBoolean()).isFalse();
        // by name only: a client made from the document would send the array as one param by position
        assertThat(prices.get("paramStructure").asText()).isEqualTo("by-name");
        assertThat(method("record").has("paramStructure")).isFalse();
    }

    @Test
    void anyJsonBytesCharAndVoid() {
        JsonNode record = method("record");
        assertThat(json(record.at("/params/0/schema"))).isEqualTo("{}");
        assertThat(json(record.at("/params/1/schema"))).isEqualTo(
                "{\"type\":\"string\",\"contentEncoding\":\"base64\"}");
        assertThat(json(record.at("/params/2/schema"))).isEqualTo(
                "{\"type\":\"string\",\"minLength\":1,\"maxLength\":1}");
        assertThat(json(record.at("/result/schema"))).isEqualTo("{\"type\":\"null\"}");
        assertThat(json(record.get("x-transports"))).isEqualTo("[\"http\"]");
    }

    @Test
    void sameDocumentEverywhere() throws Exception {
        String document = get("/jsonrpc/openrpc.json");
        assertThat(document).startsWith("{\"openrpc\":\"1.3.2\",");
        String response = "{\"jsonrpc\":\"2.0\",\"result\":" + document + ",\"id\":7}";

        assertThat(HttpRpc.call(DISCOVER)).isEqualTo(response);
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(DISCOVER)).isEqualTo(response);
        }
    }

    /** For a person, as the Dev UI shows it: indented, the same document. */
    @Test
    void aReaderMayAskForItIndented() {
        String pretty = get("/jsonrpc/openrpc.json?pretty");
        assertThat(pretty).startsWith("{\n  \"openrpc\" : \"1.3.2\",\n");
        assertThat(Http.json(pretty)).isEqualTo(document);
    }

    @Test
    void discoverTakesNoParams() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.discover\",\"params\":[1],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                        + "\"message\":\"Invalid params: rpc.discover takes no params\"},\"id\":1}");
    }

    @Test
    void getOnTheEndpointItselfIsStillNotAllowed() {
        HttpResponse<String> get = Http.get("/jsonrpc");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
    }

    @Test
    void documentIsReadOnly() {
        HttpResponse<String> post = Http.post("/jsonrpc/openrpc.json", "{}");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        HttpResponse<String> options = Http.options("/jsonrpc/openrpc.json");
        assertThat(options.statusCode()).isEqualTo(204);
        assertThat(options.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
    }

    /** The document at {@code path}: {@code 200}, JSON. */
    private static String get(String path) {
        HttpResponse<String> response = Http.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return response.body();
    }

    private JsonNode method(String name) {
        return OpenRpcDocuments.method(document, name);
    }

    private JsonNode schema(String key) {
        JsonNode schema = document.at("/components/schemas/" + key);
        assertThat(schema.isMissingNode()).as("component %s in %s", key, document.get("components")).isFalse();
        return schema;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(element -> names.add(element.get("name").asText()));
        return names;
    }

    private static String json(JsonNode node) {
        return node.toString();
    }
}
