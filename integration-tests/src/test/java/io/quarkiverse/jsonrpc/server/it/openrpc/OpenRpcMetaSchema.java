package io.quarkiverse.jsonrpc.server.it.openrpc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The official OpenRPC meta-schema, from the npm package {@code @open-rpc/meta-schema}, installed under
 * {@code target/} on first use. It describes the schemas inside a document with the JSON Schema meta-schema of
 * {@code @json-schema-tools/meta-schema} ({@code https://meta.json-schema.tools}), installed alongside, so that the
 * schemas of params and results are validated too.
 */
final class OpenRpcMetaSchema {

    static final String OPENRPC_PACKAGE = "@open-rpc/meta-schema@1.14.9";
    static final String JSON_SCHEMA_PACKAGE = "@json-schema-tools/meta-schema@1.8.0";
    static final String JSON_SCHEMA_ID = "https://meta.json-schema.tools";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path PREFIX = Path.of("target", "openrpc-meta-schema").toAbsolutePath();

    private final JsonSchema schema;

    private OpenRpcMetaSchema(JsonSchema schema) {
        this.schema = schema;
    }

    static OpenRpcMetaSchema load() throws Exception {
        Path modules = PREFIX.resolve("node_modules");
        Path openRpc = modules.resolve("@open-rpc/meta-schema/index.js");
        Path jsonSchema = modules.resolve("@json-schema-tools/meta-schema/schema.json");
        if (!Files.exists(openRpc) || !Files.exists(jsonSchema)) {
            run("npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix", PREFIX.toString(),
                    OPENRPC_PACKAGE, JSON_SCHEMA_PACKAGE);
        }
        // the package is a CommonJS module exporting the schema as an object
        JsonNode metaSchema = MAPPER.readTree(run("node", "-e",
                "process.stdout.write(JSON.stringify(require(process.argv[1]).openrpcDocument))", openRpc.toString()));
        String jsonSchemaText = Files.readString(jsonSchema);

        // both declare "$schema": "https://meta.json-schema.tools/", their own draft-07 dialect
        ((ObjectNode) metaSchema).remove("$schema");
        ObjectNode jsonSchemaNode = (ObjectNode) MAPPER.readTree(jsonSchemaText);
        jsonSchemaNode.remove("$schema");
        String jsonSchemaMeta = MAPPER.writeValueAsString(jsonSchemaNode);

        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(
                        JSON_SCHEMA_ID, jsonSchemaMeta, JSON_SCHEMA_ID + "/", jsonSchemaMeta))));
        return new OpenRpcMetaSchema(factory.getSchema(metaSchema));
    }

    /** What makes the document invalid; empty when it is valid. */
    Set<ValidationMessage> validate(JsonNode document) {
        return schema.validate(document);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(false).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + err);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
