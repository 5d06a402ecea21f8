package io.quarkiverse.jsonrpc.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;

/** Messages compressed as a permessage-deflate server does (RFC 7692 section 7.2.1), inflated back. */
class MessageInflaterTest {

    /** Each message ends with a sync flush whose four last bytes, 00 00 ff ff, the sender strips. */
    static byte[] deflate(Deflater deflater, byte[] message) {
        deflater.setInput(message);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, written);
        } while (written == buffer.length);
        byte[] compressed = out.toByteArray();
        return Arrays.copyOf(compressed, compressed.length - 4);
    }

    /**
     * With context takeover, each message may refer back to the ones before it; the output of a message may be larger
     * than any buffer, and end on any byte. Sizes around the inflater's 8 KiB buffer, repetitive and random text.
     */
    @Test
    void messagesOfEverySizeAcrossContextTakeover() throws Exception {
        Random random = new Random(7);
        for (boolean takeover : new boolean[] { true, false }) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            MessageInflater inflater = MessageInflater
                    .agreedIn(takeover ? "permessage-deflate" : "permessage-deflate; server_no_context_takeover");
            for (int size : new int[] { 1, 100, 8191, 8192, 8193, 16384, 16385, 65536, 100_000, 300_000 }) {
                for (int kind = 0; kind < 3; kind++) {
                    byte[] message = new byte[size];
                    for (int i = 0; i < size; i++) {
                        message[i] = (byte) switch (kind) {
                            case 0 -> 'x';
                            case 1 -> "json-rpc ".charAt(i % 9);
                            default -> 'a' + random.nextInt(26);
                        };
                    }
                    if (!takeover) {
                        deflater.reset();
                    }
                    byte[] inflated = inflater.inflate(deflate(deflater, message));
                    assertThat(new String(inflated, StandardCharsets.ISO_8859_1))
                            .as("%d bytes of kind %d, takeover %s", size, kind, takeover)
                            .isEqualTo(new String(message, StandardCharsets.ISO_8859_1));
                }
            }
        }
    }
}
