package io.quarkiverse.jsonrpc.server.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many bytes can be on their way to a client that stopped reading, at most: what the kernel buffers hold on the
 * sending and the receiving side of a TCP connection. A test that must fill them sends more than this, whatever the
 * machine's settings (Linux grows the buffers up to {@code tcp_wmem} and {@code tcp_rmem}'s last values).
 */
public final class SocketBuffers {

    /** Where the limits cannot be read: far more than any default. */
    private static final long UNKNOWN = 256L << 20;

    private SocketBuffers() {
    }

    public static long maxInFlight() {
        try {
            return max("tcp_wmem") + max("tcp_rmem");
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    private static long max(String setting) throws IOException {
        // not Files.readString: procfs files say they are empty, and it read "4" of "4096 16384 4194304"
        String[] values = Files.readAllLines(Path.of("/proc/sys/net/ipv4", setting)).get(0).trim().split("\\s+");
        return Long.parseLong(values[values.length - 1]);
    }
}
