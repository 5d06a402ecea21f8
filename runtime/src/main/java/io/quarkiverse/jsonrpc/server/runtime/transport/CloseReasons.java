package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.nio.charset.StandardCharsets;

import io.quarkus.websockets.next.CloseReason;

/**
 * Close frames as RFC 6455 bounds them: a control frame carries at most 125 bytes, the code and a reason of at most
 * 123 bytes of UTF-8 (section 5.5). A longer reason, such as an open hook's message, would make a frame that clients
 * refuse as a protocol error (the JDK's, browsers', which then report 1006 and no reason at all): it is cut, between
 * characters, and ends with "...".
 */
final class CloseReasons {

    static final int MAX_REASON_BYTES = 123;
    private static final String CUT = "...";

    private CloseReasons() {
    }

    static CloseReason of(int code, String reason) {
        return new CloseReason(code, fit(reason));
    }

    /** The reason as a close frame can carry it. */
    static String fit(String reason) {
        if (reason == null) {
            return "";
        }
        // a char is at most 3 bytes of UTF-8 (a surrogate pair, two chars, 4)
        if (reason.length() * 3 <= MAX_REASON_BYTES) {
            return reason;
        }
        byte[] utf8 = reason.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= MAX_REASON_BYTES) {
            return reason;
        }
        int end = MAX_REASON_BYTES - CUT.length();
        // utf8[end] is the first byte left out: where it continues a character, that character is left out whole
        while (end > 0 && (utf8[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(utf8, 0, end, StandardCharsets.UTF_8) + CUT;
    }
}
