package io.quarkiverse.jsonrpc.server.runtime.config;

import java.util.Locale;
import java.util.Set;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads a boolean from the words SmallRye Config reads, and refuses any other. SmallRye Config reads every other
 * value as {@code false} with a warning, and the application starts: for a property whose {@code false} turns a
 * protection off, a typo must stop the application instead.
 */
public final class StrictBooleanConverter implements Converter<Boolean> {

    private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "on", "ja", "j", "si", "sim", "oui");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "n", "off", "nein", "não", "non");

    @Override
    public Boolean convert(String value) {
        String word = value.trim().toLowerCase(Locale.ROOT);
        if (TRUE.contains(word)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(word)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("'" + value + "' is neither true nor false: write true or false");
    }
}
