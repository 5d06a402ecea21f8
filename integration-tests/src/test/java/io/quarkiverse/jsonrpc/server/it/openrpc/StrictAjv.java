package io.quarkiverse.jsonrpc.server.it.openrpc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * ajv, the JSON Schema validator of the JavaScript world, in strict mode and with the formats of {@code ajv-formats}
 * (the pair most JSON-RPC clients in JavaScript use), installed with npm under {@code target/} on first use. It
 * compiles every schema of an OpenRPC document: strict mode rejects unknown keywords and formats, which other
 * validators silently ignore.
 */
final class StrictAjv {

    static final String AJV_PACKAGE = "ajv@8.17.1";
    static final String FORMATS_PACKAGE = "ajv-formats@3.0.1";

    private static final Path PREFIX = Path.of("target", "strict-ajv").toAbsolutePath();

    /**
     * Compiles each param, result and subscription item schema, and each component, with the document's components
     * reachable as {@code #/components/schemas/...}.
     */
    private static final String SCRIPT = """
            const Ajv = require('ajv');
            const addFormats = require('ajv-formats');
            const doc = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));
            const ajv = new Ajv({ strict: true, allErrors: true });
            addFormats(ajv);
            // the OpenRPC member that holds the components: known to ajv, so strict mode accepts the root below
            ajv.addKeyword({ keyword: 'components' });
            const schemas = [];
            for (const m of doc.methods) {
              m.params.forEach(p => schemas.push([m.name + ' param ' + p.name, p.schema]));
              schemas.push([m.name + ' result', m.result.schema]);
              if (m['x-subscription']) schemas.push([m.name + ' items', m['x-subscription'].items]);
            }
            for (const key of Object.keys(doc.components.schemas)) {
              schemas.push(['component ' + key, { $ref: '#/components/schemas/' + key }]);
            }
            for (const [where, schema] of schemas) {
              try {
                ajv.compile({ ...schema, components: doc.components });
              } catch (e) {
                console.log(where + ': ' + e.message);
              }
            }
            """;

    private StrictAjv() {
    }

    /** What ajv refuses, one line per schema; empty when it compiles them all. */
    static List<String> refusals(String document) throws Exception {
        if (!Files.exists(PREFIX.resolve("node_modules/ajv-formats/package.json"))) {
            run("npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix", PREFIX.toString(), AJV_PACKAGE,
                    FORMATS_PACKAGE);
        }
        Path file = Files.createTempFile(PREFIX, "openrpc", ".json");
        try {
            Files.writeString(file, document);
            String out = run("node", "-e", SCRIPT, file.toString());
            return out.lines().filter(line -> !line.isBlank()).toList();
        } finally {
            Files.delete(file);
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command));
        builder.environment().put("NODE_PATH", PREFIX.resolve("node_modules").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + err);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
