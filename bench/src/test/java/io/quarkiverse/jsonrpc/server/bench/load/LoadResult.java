package io.quarkiverse.jsonrpc.server.bench.load;

/**
 * What a load run measured.
 *
 * @param callsPerSecond answered and verified calls per second of the measured window
 * @param cpuMicrosPerCall the server's CPU time (user + system) per answered call; NaN without a pid
 * @param failures wrong, missing or failed responses, in the whole run
 * @param systemCpuMicrosPerCall the part of {@code cpuMicrosPerCall} spent in the kernel (system time)
 */
public record LoadResult(String label, long calls, double callsPerSecond, double p50Micros, double p99Micros,
        double p999Micros, double cpuMicrosPerCall, long failures, double systemCpuMicrosPerCall) {

    /** The line appended to the results file: tab-separated, the order of the components. */
    String line() {
        return String.join("\t", label, Long.toString(calls), format(callsPerSecond), format(p50Micros),
                format(p99Micros), format(p999Micros), format(cpuMicrosPerCall), Long.toString(failures),
                format(systemCpuMicrosPerCall));
    }

    @Override
    public String toString() {
        return String.format("%-22s %9.0f calls/s  p50 %7.0f µs  p99 %7.0f µs  p99.9 %7.0f µs  server CPU %6.1f µs/call"
                + " (kernel %4.1f)  failures %d", label, callsPerSecond, p50Micros, p99Micros, p999Micros, cpuMicrosPerCall,
                systemCpuMicrosPerCall, failures);
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
