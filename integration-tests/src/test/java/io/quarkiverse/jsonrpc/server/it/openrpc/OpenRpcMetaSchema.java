package io.quarkiverse.jsonrpc.server.it.openrpc;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The official OpenRPC meta-schema, from {@code src/test/resources/openrpc-meta-schema} (vendored from the npm
 * packages {@code @open-rpc/meta-schema} and {@code @json-schema-tools/meta-schema}; see the README there). It
 * describes the schemas inside a document with the JSON Schema meta-schema of {@code https://meta.json-schema.tools},
 * loaded alongside, so that the schemas of params and results are validated too.
 */
final class OpenRpcMetaSchema {

    static final String JSON_SCHEMA_ID = "https://meta.json-schema.tools";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DIRECTORY = "/openrpc-meta-schema/";

    private final JsonSchema schema;

    private OpenRpcMetaSchema(JsonSchema schema) {
        this.schema = schema;
    }

    static OpenRpcMetaSchema load() throws IOException {
        ObjectNode metaSchema = resource("openrpc-meta-schema.json");
        ObjectNode jsonSchema = resource("json-schema-meta-schema.json");
        // both declare "$schema": "https://meta.json-schema.tools/", their own draft-07 dialect
        metaSchema.remove("$schema");
        jsonSchema.remove("$schema");
        String jsonSchemaText = MAPPER.writeValueAsString(jsonSchema);

        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(
                        JSON_SCHEMA_ID, jsonSchemaText, JSON_SCHEMA_ID + "/", jsonSchemaText))));
        return new OpenRpcMetaSchema(factory.getSchema(metaSchema));
    }

    /** What makes the document invalid; empty when it is valid. */
    Set<ValidationMessage> validate(JsonNode document) {
        return schema.validate(document);
    }

    private static ObjectNode resource(String name) throws IOException {
        try (InputStream in = OpenRpcMetaSchema.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("No " + DIRECTORY + name + " on the test classpath");
            }
            return (ObjectNode) MAPPER.readTree(in);
        }
    }
}
