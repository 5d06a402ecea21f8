package io.quarkiverse.jsonrpc.client.runtime;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.jboss.logging.Logger;

/**
 * A client's property set both with its key quoted, {@code quarkus.jsonrpc-client."calc".url}, and without,
 * {@code quarkus.jsonrpc-client.calc.url}: SmallRye Config reads the quoted one, whatever the sources' ordinals, so an
 * override written the other way, a {@code -D} option without the quotes, is ignored without a word. Said at startup,
 * with the form to write; the values are not logged, a password or a token may be one.
 */
final class UnquotedKeys {

    private static final Logger LOG = Logger.getLogger(UnquotedKeys.class);

    private UnquotedKeys() {
    }

    static void warnOfIgnored(Config config, String configKey) {
        String unquoted = "quarkus.jsonrpc-client." + configKey + ".";
        String quoted = "quarkus.jsonrpc-client.\"" + configKey + "\".";
        for (String name : config.getPropertyNames()) {
            if (!name.startsWith(unquoted)) {
                continue;
            }
            String read = quoted + name.substring(unquoted.length());
            ConfigValue ignoredValue = config.getConfigValue(name);
            ConfigValue readValue = config.getConfigValue(read);
            if (readValue.getValue() != null && !Objects.equals(readValue.getValue(), ignoredValue.getValue())) {
                LOG.warnf("%s (%s) is ignored: %s (%s) is read in its place, as SmallRye Config reads a key written"
                        + " with quotes in that form only. Write it with the quotes to override it: '-D%s=...', or"
                        + " the environment variable %s", name, ignoredValue.getSourceName(), read,
                        readValue.getSourceName(), read, environmentVariable(read));
            }
        }
    }

    /** The environment variable of a property, as SmallRye Config maps one: a quote is an underscore too. */
    private static String environmentVariable(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
