package io.quarkiverse.jsonrpc.common.logging;

import java.nio.charset.StandardCharsets;

/** A message as the server's and the client's traffic logging show it: decoded from UTF-8, and cut at a limit. */
public final class TrafficPayload {

    /** The most bytes a character takes in UTF-8: of a message to be cut, at most this many times the limit is decoded. */
    private static final int MAX_BYTES_PER_CHAR = 4;

    private TrafficPayload() {
    }

    /**
     * @param limit how many characters are shown: a longer message is cut there and ends with {@code ...}; -1 shows it
     *        whole
     */
    public static String of(byte[] message, int limit) {
        if (message.length == 0) {
            return "(empty)";
        }
        if (limit < 0) {
            return new String(message, StandardCharsets.UTF_8);
        }
        // only what can be shown is decoded: a message may be megabytes long
        int decoded = (int) Math.min(message.length, (long) MAX_BYTES_PER_CHAR * limit);
        String text = new String(message, 0, decoded, StandardCharsets.UTF_8);
        if (decoded == message.length && text.length() <= limit) {
            return text;
        }
        int end = Math.min(limit, text.length());
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            // not half a character
            end--;
        }
        return text.substring(0, end) + "...";
    }
}
