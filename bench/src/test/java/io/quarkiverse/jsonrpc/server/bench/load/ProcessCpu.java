package io.quarkiverse.jsonrpc.server.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's CPU time from {@code /proc/PID/stat}: on a 2-core machine the load generator competes with the server,
 * and the server's CPU per call is the figure that does not depend on it.
 */
final class ProcessCpu {

    /** Clock ticks per second ({@code getconf CLK_TCK}): 100 on Linux unless told otherwise. */
    private static final long TICKS_PER_SECOND = Long.getLong("bench.clk.tck", 100);

    private ProcessCpu() {
    }

    /** User plus system CPU time in microseconds; NaN when the process or /proc is not there. */
    static double micros(long pid) {
        return micros(pid, true);
    }

    /**
     * System CPU time alone, in microseconds: the kernel's share, reading and writing the sockets, that no code
     * above the socket can take away.
     */
    static double systemMicros(long pid) {
        return micros(pid, false);
    }

    private static double micros(long pid, boolean withUser) {
        if (pid <= 0) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name, field 2, may hold spaces: count fields after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[12]); // stime, field 15
            if (withUser) {
                ticks += Long.parseLong(fields[11]); // utime, field 14
            }
            return ticks * 1_000_000.0 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
