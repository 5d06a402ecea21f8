package io.quarkiverse.jsonrpc.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** The messages of a connection whose server agreed to permessage-deflate (RFC 7692), inflated. */
final class MessageInflater {

    private final Inflater inflater = new Inflater(true);
    private final boolean eachAlone;

    private MessageInflater(boolean eachAlone) {
        this.eachAlone = eachAlone;
    }

    /** The inflater the server's {@code Sec-WebSocket-Extensions} answer calls for; {@code null} for none. */
    static MessageInflater agreedIn(String extensions) {
        return extensions.contains("permessage-deflate")
                ? new MessageInflater(extensions.contains("server_no_context_takeover"))
                : null;
    }

    /** RFC 7692 section 7.2.2: the four bytes the sender stripped are put back before inflating. */
    byte[] inflate(byte[] payload) throws IOException {
        byte[] input = Arrays.copyOf(payload, payload.length + 4);
        input[payload.length + 2] = (byte) 0xff;
        input[payload.length + 3] = (byte) 0xff;
        inflater.setInput(input);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.needsInput()) {
                int inflated = inflater.inflate(buffer);
                if (inflated == 0 && (inflater.needsInput() || inflater.finished())) {
                    break;
                }
                text.write(buffer, 0, inflated);
            }
        } catch (DataFormatException e) {
            throw new IOException("a compressed message that does not inflate: " + e.getMessage());
        }
        if (eachAlone) {
            inflater.reset();
        }
        return text.toByteArray();
    }
}
