package io.quarkiverse.jsonrpc.testsupport;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The text of a failed build: the messages of the thrown exception, of its causes and of everything suppressed on
 * the way. Quarkus wraps validation errors (one build may report several), so the interesting sentence is rarely
 * the top-level message.
 */
public final class BuildFailure {

    private BuildFailure() {
    }

    public static String messages(Throwable failure) {
        StringBuilder out = new StringBuilder();
        collect(failure, out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out.toString();
    }

    private static void collect(Throwable t, StringBuilder out, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        out.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        for (Throwable suppressed : t.getSuppressed()) {
            collect(suppressed, out, seen);
        }
        collect(t.getCause(), out, seen);
    }
}
