package io.quarkiverse.jsonrpc.server.it.openrpc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
                + "\"schema\":{\"type\":\"integer\",\"format\":\"int32\"}},{\"name\":\"divisor\",\"required\":true,"
                + "\"schema\":{\"type\":\"integer\",\"format\":\"int32\"}}]");
    }

    private static JsonNode document() throws Exception {
        return MAPPER.readTree(given().get("/jsonrpc/openrpc.json").then().statusCode(200).extract().asString());
    }

    private static JsonNode method(JsonNode document, String name) {
        for (JsonNode method : document.get("methods")) {
            if (method.get("name").asText().equals(name)) {
                return method;
            }
        }
        throw new AssertionError("No method " + name);
    }
}
