package io.quarkiverse.jsonrpc.server.testing;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The message being received, put back together from its frames (RFC 6455 section 5.4): a text or binary frame starts
 * it, continuation frames add to it, the final frame ends it. That the frames of two messages must not interleave,
 * the reader checks with {@link #inProgress()}.
 */
final class MessageAssembly {

    private static final int NONE = -1;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final List<Integer> frameSizes = new ArrayList<>();
    private int type = NONE;
    private boolean compressed;

    /** Whether a message has started and not ended. */
    boolean inProgress() {
        return type != NONE;
    }

    /**
     * A text or binary frame: the first of a message.
     *
     * @param compressed its RSV1 bit, set for a message permessage-deflate compressed
     */
    void start(int opcode, boolean compressed) {
        type = opcode;
        this.compressed = compressed;
        bytes.reset();
        frameSizes.clear();
    }

    void add(byte[] payload) {
        frameSizes.add(payload.length);
        bytes.writeBytes(payload);
    }

    int type() {
        return type;
    }

    boolean compressed() {
        return compressed;
    }

    /** Its payload, as it came on the wire (compressed, if it was). */
    byte[] bytes() {
        return bytes.toByteArray();
    }

    List<Integer> frameSizes() {
        return List.copyOf(frameSizes);
    }

    /** The message is whole: the next text or binary frame starts another. */
    void end() {
        type = NONE;
        bytes.reset();
    }

    /** How far the message had come, for a connection lost in its middle. */
    String progress() {
        int frames = frameSizes.size();
        return "after " + frames + (frames == 1 ? " frame of " : " frames of ") + bytes.size() + " bytes";
    }
}
