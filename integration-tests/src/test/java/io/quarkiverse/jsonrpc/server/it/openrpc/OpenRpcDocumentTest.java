package io.quarkiverse.jsonrpc.server.it.openrpc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.jsonrpc.testsupport.OpenRpcDocuments;
import io.quarkus.test.junit.QuarkusTest;

/** The example application's OpenRPC document is valid against the official OpenRPC meta-schema. */
@QuarkusTest
class OpenRpcDocumentTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static OpenRpcMetaSchema metaSchema;

    @BeforeAll
    static void loadMetaSchema() throws Exception {
        metaSchema = OpenRpcMetaSchema.load();
    }

    @Test
    void documentIsValid() throws Exception {
        JsonNode document = document();
        assertThat(metaSchema.validate(document)).isEmpty();
        assertThat(document.get("methods").size()).isGreaterThan(10);
    }

    /** The servers of quarkus.jsonrpc-server.openrpc.servers, each followed by the endpoint's path, are valid. */
    @Test
    void serversAreTheEndpointsUrls() throws Exception {
        JsonNode document = document();
        assertThat(document.get("servers").toString()).isEqualTo("[{\"name\":\"http\","
                + "\"url\":\"http://localhost:8080/jsonrpc\"},{\"name\":\"websocket\",\"url\":\"ws://localhost:8080/jsonrpc\"}]");
        assertThat(metaSchema.validate(document)).isEmpty();
    }

    /** ... where the meta-schema checks them: a server's URL is a URI, absolute, so a relative one is rejected. */
    @Test
    void aRelativeServerIsRejected() throws Exception {
        ObjectNode document = (ObjectNode) document();
        ((ObjectNode) document.at("/servers/0")).put("url", "/jsonrpc");
        assertThat(metaSchema.validate(document)).anySatisfy(message -> assertThat(message.getMessage())
                .contains("servers[0].url"));
    }

    /** Proves the validator looks: a document without its required {@code info} is rejected. */
    @Test
    void invalidDocumentIsRejected() throws Exception {
        ObjectNode document = (ObjectNode) document();
        document.remove("info");
        assertThat(metaSchema.validate(document)).anySatisfy(message -> assertThat(message.getMessage())
                .contains("info"));
    }

    /** ... and it reads the schemas inside too: a schema with an unknown type is rejected. */
    @Test
    void invalidSchemaIsRejected() throws Exception {
        ObjectNode document = (ObjectNode) document();
        ((ObjectNode) document.at("/components/schemas/Point")).put("type", "tuple");
        assertThat(metaSchema.validate(document)).anySatisfy(message -> assertThat(message.getMessage())
                .contains("components.schemas.Point.type"));
    }

    @Test
    void declaredErrorAndSummary() throws Exception {
        JsonNode divide = method(document(), "math.divide");
        assertThat(divide.get("summary").asText()).isEqualTo("Integer division");
        assertThat(divide.get("errors").toString()).isEqualTo("[{\"code\":1001,\"message\":\"Division by zero\"}]");
        assertThat(divide.get("params").toString()).isEqualTo("[{\"name\":\"dividend\",\"required\":true,"
                + "\"schema\":{\"type\":\"integer\",\"minimum\":-2147483648,\"maximum\":2147483647}},"
                + "{\"name\":\"divisor\",\"required\":true,"
                + "\"schema\":{\"type\":\"integer\",\"minimum\":-2147483648,\"maximum\":2147483647}}]");
    }

    /** Bean Validation constraints become the JSON Schema keywords every validator knows. */
    @Test
    void constraintsInSchemas() throws Exception {
        JsonNode document = document();
        assertThat(method(document, "square").get("params").toString()).isEqualTo("[{\"name\":\"n\","
                + "\"required\":true,\"schema\":{\"type\":\"integer\",\"minimum\":-2147483648,\"maximum\":1000}}]");
        assertThat(document.at("/components/schemas/User").toString()).isEqualTo("{\"type\":\"object\","
                + "\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1,\"pattern\":\"\\\\S\"},"
                + "\"age\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":150},"
                + "\"email\":{\"type\":\"string\",\"format\":\"email\"}},\"required\":[\"name\"]}");
        assertThat(document.at("/components/schemas/Order").toString()).isEqualTo("{\"type\":\"object\","
                + "\"properties\":{\"customer_name\":{\"type\":\"string\",\"minLength\":1,\"pattern\":\"\\\\S\"},"
                + "\"lines\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Line\"},"
                + "\"minItems\":1,\"maxItems\":10}},\"required\":[\"customer_name\"]}");
        // 16 to 64 bytes, as base64 text: 24 to 88 characters
        assertThat(method(document, "keyLength").at("/params/0/schema").toString()).isEqualTo("{\"type\":\"string\","
                + "\"contentEncoding\":\"base64\",\"minLength\":24,\"maxLength\":88}");
    }

    /**
     * ajv in strict mode, with ajv-formats, compiles every schema of the document as served: no format it does not
     * know, no unknown keyword.
     */
    @Test
    void strictAjvCompilesEverySchema() throws Exception {
        String document = given().get("/jsonrpc/openrpc.json").then().statusCode(200).extract().asString();
        assertThat(JavaScriptValidators.strictAjvRefusals(document)).isEmpty();
    }

    /**
     * The OpenRPC {@code MethodCallValidator} (on ajv 6, which throws on the formats it does not know, {@code int32}
     * among them) validates calls with the document as served, constraints included.
     */
    @Test
    void openRpcMethodCallValidatorChecksTheConstraints() throws Exception {
        String document = given().get("/jsonrpc/openrpc.json").then().statusCode(200).extract().asString();
        assertThat(JavaScriptValidators.methodCallErrors(document, "square", "[12]")).isEmpty();
        assertThat(JavaScriptValidators.methodCallErrors(document, "square", "[1001]"))
                .singleElement().asString().contains("\"message\":\"should be <= 1000\"");
        assertThat(JavaScriptValidators.methodCallErrors(document, "createUser",
                "[{\"name\":\"Ada\",\"age\":36,\"email\":\"ada@example.com\"}]")).isEmpty();
        assertThat(JavaScriptValidators.methodCallErrors(document, "createUser",
                "[{\"name\":\"Ada\",\"age\":151,\"email\":\"ada@example.com\"}]"))
                .singleElement().asString().contains("\"message\":\"should be <= 150\"");
        assertThat(JavaScriptValidators.methodCallErrors(document, "placeOrder",
                "[{\"customer_name\":\"Ada\",\"lines\":[{\"sku\":\"A-1\",\"qty\":1}]}]")).isEmpty();
        // Bean Validation's @Pattern matches the whole sku, and so does the schema's pattern
        assertThat(JavaScriptValidators.methodCallErrors(document, "placeOrder",
                "[{\"customer_name\":\"Ada\",\"lines\":[{\"sku\":\"xA-1y\",\"qty\":1}]}]"))
                .singleElement().asString().contains("\"message\":\"should match pattern");
    }

    /** ... and ajv refuses what it does not know, so the tests above can fail. */
    @Test
    void strictAjvRefusesUnknownFormats() throws Exception {
        ObjectNode document = (ObjectNode) document();
        ((ObjectNode) document.at("/components/schemas/User/properties/name")).put("format", "local-date-time");
        assertThat(JavaScriptValidators.strictAjvRefusals(MAPPER.writeValueAsString(document)))
                .anySatisfy(refusal -> assertThat(refusal)
                        .startsWith("component User: unknown format \"local-date-time\""));
    }

    private static JsonNode document() throws Exception {
        return MAPPER.readTree(given().get("/jsonrpc/openrpc.json").then().statusCode(200).extract().asString());
    }

    private static JsonNode method(JsonNode document, String name) {
        return OpenRpcDocuments.method(document, name);
    }
}
