package io.quarkiverse.jsonrpc.server.test;

/**
 * Throws a checked exception where the compiler sees none, as Kotlin code does, and Java through this trick:
 * {@code throw SneakyThrow.of(new IOException("..."))}.
 */
public final class SneakyThrow {

    private SneakyThrow() {
    }

    /** Never returns: declared to return an exception so that the caller can write {@code throw}. */
    @SuppressWarnings("unchecked")
    public static <T extends Throwable> RuntimeException of(Throwable checked) throws T {
        throw (T) checked;
    }
}
