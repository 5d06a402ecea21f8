package io.quarkiverse.jsonrpc.common.deployment;

import java.time.Duration;
import java.util.List;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;

import io.quarkus.runtime.configuration.DurationConverter;

/**
 * The {@code timeout} of a {@code @JsonRpc} method, as the server and the client both read it: a duration in the
 * notation of Quarkus configuration ({@code 5s}, {@code 250ms}, {@code PT1M}), or none.
 */
public final class JsonRpcTimeouts {

    private static final Duration ONE_MILLISECOND = Duration.ofMillis(1);

    private JsonRpcTimeouts() {
    }

    /**
     * The timeout in milliseconds, {@code 0} when the method has none; a value that is not a positive duration, or is
     * one under a millisecond, adds a problem, naming {@code method} (as in
     * {@code "@JsonRpc method Calc#add(int, int)"}), and counts as none.
     */
    public static long millis(AnnotationInstance jsonRpc, String method, List<String> problems) {
        AnnotationValue value = jsonRpc.value("timeout");
        if (value == null || value.asString().isBlank()) {
            return 0;
        }
        try {
            Duration timeout = DurationConverter.parseDuration(value.asString().trim());
            if (timeout != null && timeout.compareTo(ONE_MILLISECOND) >= 0) {
                return timeout.toMillis();
            }
            if (timeout != null && !timeout.isNegative() && !timeout.isZero()) {
                // counted in milliseconds, it would be 0: no timeout at all
                problems.add(method + " has timeout \"" + value.asString() + "\", under 1ms, the finest a timeout"
                        + " counts: write at least \"1ms\"");
                return 0;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(method + " has timeout \"" + value.asString() + "\", which is not a positive duration: write it as"
                + " \"5s\", \"250ms\" or \"PT1M\"");
        return 0;
    }
}
