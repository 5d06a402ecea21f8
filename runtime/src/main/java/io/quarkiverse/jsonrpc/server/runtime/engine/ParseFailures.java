package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.io.IOException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The {@code data} of a {@code -32700 Parse error}: what the parser found and where, in words a client can act on.
 * Jackson's messages also speak of the server's parser: the source it reads and the features it could enable, which
 * say nothing to the client about its message.
 */
final class ParseFailures {

    /** Where a start marker was, as Jackson writes it: {@code [Source: ...; line: 1, column: 1]}. */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)]",
            Pattern.DOTALL);
    /** {@code : enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow}. */
    private static final Pattern ENABLE = Pattern.compile(": enable `[^`]+` to allow");
    /** {@code  (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)}. */
    private static final Pattern NOT_ENABLED = Pattern.compile(" \\(not recognized as one since Feature '[^']+' not"
            + " enabled for parser\\)");

    private ParseFailures() {
    }

    static String describe(IOException failure) {
        if (!(failure instanceof JsonProcessingException jackson)) {
            return failure.getMessage();
        }
        String message = jackson.getOriginalMessage();
        if (message != null) {
            message = SOURCE.matcher(message).replaceAll("line $1, column $2");
            message = ENABLE.matcher(message).replaceAll("");
            message = NOT_ENABLED.matcher(message).replaceAll("");
        }
        JsonLocation location = jackson.getLocation();
        return location == null ? message
                : message + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
