package io.quarkiverse.jsonrpc.server.it.openrpc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.quarkiverse.jsonrpc.server.it.NodeScripts;

/**
 * The validators JavaScript clients check an OpenRPC document with: ajv in strict mode with the formats of
 * {@code ajv-formats}, and the OpenRPC {@code MethodCallValidator} of {@code @open-rpc/schema-utils-js} (on ajv 6, which
 * rejects any format it does not know). Both refuse what other validators silently ignore. They are installed as the
 * interop tests' clients are, with {@code npm ci} from the lock file in {@code src/test/js}, into
 * {@code target/interop}.
 */
final class JavaScriptValidators {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    /**
     * Compiles each param, result and subscription item schema, and each component, with the document's components
     * reachable as {@code #/components/schemas/...}; prints one line per schema ajv refuses.
     */
    private static final String STRICT_AJV = """
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

    /** Validates the params of a call with the document; prints the messages of the errors, one per line. */
    private static final String METHOD_CALL_VALIDATOR = """
            const { MethodCallValidator, dereferenceDocument } = require('@open-rpc/schema-utils-js');
            const fs = require('fs');
            const doc = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
            (async () => {
              const validator = new MethodCallValidator(await dereferenceDocument(doc));
              const errors = validator.validate(process.argv[2], JSON.parse(process.argv[3]));
              (Array.isArray(errors) ? errors : [errors]).forEach(e => console.log(e.message.replace(/\\n/g, ' ')));
            })().catch(e => { console.error(e); process.exit(1); });
            """;

    private JavaScriptValidators() {
    }

    /** What ajv in strict mode refuses, one line per schema; empty when it compiles them all. */
    static List<String> strictAjvRefusals(String document) throws Exception {
        return withDocument(document,
                file -> NodeScripts.PACKAGES.output(TIMEOUT, "node", "-e", STRICT_AJV, file.toString()));
    }

    /**
     * What the OpenRPC {@code MethodCallValidator} finds wrong with the params of a call; empty when they are valid.
     * It fails, as it does for its users, when it cannot compile the document's schemas.
     */
    static List<String> methodCallErrors(String document, String method, String params) throws Exception {
        return withDocument(document,
                file -> NodeScripts.PACKAGES.output(TIMEOUT, "node", "-e", METHOD_CALL_VALIDATOR,
                        file.toString(), method, params));
    }

    private interface Script {
        String run(Path document) throws Exception;
    }

    private static List<String> withDocument(String document, Script script) throws Exception {
        Path file = Files.createTempFile(NodeScripts.PACKAGES.install().prefix(), "openrpc", ".json");
        try {
            Files.writeString(file, document);
            return script.run(file).lines().filter(line -> !line.isBlank()).toList();
        } finally {
            Files.delete(file);
        }
    }
}
