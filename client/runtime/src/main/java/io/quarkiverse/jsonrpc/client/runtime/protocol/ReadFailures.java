package io.quarkiverse.jsonrpc.client.runtime.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Why a value the server sent could not be read into its Java type, in words for a person. */
public final class ReadFailures {

    private ReadFailures() {
    }

    /**
     * Jackson's message without the location it appends, which, for a value read from a tree, is only
     * {@code [Source: UNKNOWN; ...]} on a line of its own.
     */
    public static String reason(Exception failure) {
        return failure instanceof JsonProcessingException json ? json.getOriginalMessage() : failure.getMessage();
    }
}
