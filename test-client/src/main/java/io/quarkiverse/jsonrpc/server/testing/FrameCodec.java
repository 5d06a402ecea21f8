package io.quarkiverse.jsonrpc.server.testing;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/** The bytes of RFC 6455 frames (section 5.2), written and read by a {@link FrameSocket}. */
final class FrameCodec {

    static final int CONTINUATION = 0x0, TEXT = 0x1, BINARY = 0x2, CLOSE = 0x8, PING = 0x9, PONG = 0xA;

    private FrameCodec() {
    }

    /** A client's frame: masked, as RFC 6455 section 5.3 requires. */
    static byte[] encode(int opcode, boolean fin, byte[] payload) {
        int length = payload.length;
        // into an array of its size, byte by byte: the tests send frames of megabytes, and a stream's synchronized
        // write per byte cost them seconds
        int header = length < 126 ? 2 : length <= 0xFFFF ? 4 : 10;
        byte[] frame = new byte[header + 4 + length];
        frame[0] = (byte) ((fin ? 0x80 : 0) | opcode);
        if (length < 126) {
            frame[1] = (byte) (0x80 | length);
        } else if (length <= 0xFFFF) {
            frame[1] = (byte) (0x80 | 126);
            frame[2] = (byte) (length >>> 8);
            frame[3] = (byte) length;
        } else {
            frame[1] = (byte) (0x80 | 127);
            for (int i = 0; i < 8; i++) {
                frame[2 + i] = (byte) ((long) length >>> (56 - 8 * i));
            }
        }
        byte[] mask = randomBytes(4);
        System.arraycopy(mask, 0, frame, header, 4);
        int start = header + 4;
        for (int i = 0; i < length; i++) {
            frame[start + i] = (byte) (payload[i] ^ mask[i & 3]);
        }
        return frame;
    }

    /** The payload of the frame whose first byte was just read: its length, mask and bytes. */
    static byte[] readPayload(InputStream in) throws IOException {
        int second = readByte(in);
        long length = second & 0x7F;
        if (length == 126) {
            length = ((long) readByte(in) << 8) | readByte(in);
        } else if (length == 127) {
            length = 0;
            for (int i = 0; i < 8; i++) {
                length = (length << 8) | readByte(in);
            }
        }
        if (length < 0) {
            // RFC 6455 section 5.2: read as a signed long, it would pass the size check as a negative length
            throw new IOException("a frame length with its most significant bit set");
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new IOException("a frame of " + length + " bytes");
        }
        byte[] mask = (second & 0x80) != 0 ? in.readNBytes(4) : null;
        byte[] payload = in.readNBytes((int) length);
        if (payload.length < length) {
            throw new EOFException();
        }
        if (mask != null) {
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i & 3];
            }
        }
        return payload;
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b == -1) {
            throw new EOFException();
        }
        return b;
    }

    /** The text of a message; a {@link CharacterCodingException} when it is not UTF-8. */
    static String decodeText(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The status a close frame carries: its code and reason; 1005 when it has none. */
    static CloseStatus closeStatus(byte[] payload) {
        if (payload.length < 2) {
            return new CloseStatus(1005, "");
        }
        int code = ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
        return new CloseStatus(code, new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8));
    }

    static byte[] closePayload(int code, String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[2 + text.length];
        payload[0] = (byte) (code >>> 8);
        payload[1] = (byte) code;
        System.arraycopy(text, 0, payload, 2, text.length);
        return payload;
    }

    /** Random bytes, as a mask and the handshake's key must be. */
    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
