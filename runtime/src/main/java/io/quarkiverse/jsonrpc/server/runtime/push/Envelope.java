package io.quarkiverse.jsonrpc.server.runtime.push;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * A delivery as it crosses between instances: which instance sent it, and the delivery itself. Binary, so that the
 * notification arrives byte for byte as it was written.
 *
 * @param origin the id of the sending instance, which skips its own deliveries: it delivered them locally already
 */
record Envelope(String origin, Delivery delivery) {

    private static final int VERSION = 1;

    /**
     * @throws IllegalArgumentException when the group name is longer than the envelope carries: 65,535 bytes, as
     *         {@link DataOutputStream#writeUTF} writes it
     */
    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(delivery.message().length + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(origin);
            out.writeByte(delivery.target().ordinal());
            out.writeUTF(delivery.name() == null ? "" : delivery.name());
            out.write(delivery.message());
        } catch (UTFDataFormatException e) {
            // its message holds the whole name: not repeated
            throw new IllegalArgumentException("The " + delivery.target().name().toLowerCase(Locale.ROOT)
                    + " name is longer than an envelope carries (65,535 bytes)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @throws IOException when the bytes are not an envelope of this version */
    static Envelope decode(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
            if (in.readByte() != VERSION) {
                throw new IOException("Unknown envelope version");
            }
            String origin = in.readUTF();
            Delivery.Target target = Delivery.Target.values()[in.readByte()];
            String name = in.readUTF();
            byte[] message = in.readAllBytes();
            return new Envelope(origin, new Delivery(target, target == Delivery.Target.ALL ? null : name, message));
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IOException("Unknown delivery target", e);
        }
    }
}
