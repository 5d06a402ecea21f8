package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.kotlin.invalid.BlockingSuspend;
import io.quarkiverse.jsonrpc.server.kotlin.invalid.SuspendReturningFlow;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A suspend function runs as a coroutine on the event loop, and returns its one result itself: an execution model
 * annotation on it, or a stream as its result, fails the build. One build reports both.
 */
public class InvalidSuspendFunctionsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addPackage(BlockingSuspend.class.getPackage()))
            .assertException(t -> assertThat(messages(t)).contains("@JsonRpc method " + BlockingSuspend.class.getName()
                    + "#load(int) is a Kotlin suspend function, which runs as a coroutine on the event loop: remove"
                    + " @Blocking, @NonBlocking or @RunOnVirtualThread, and run blocking code inside it with"
                    + " withContext(Dispatchers.IO) { ... }")
                    .contains("@JsonRpc method " + SuspendReturningFlow.class.getName() + "#items() is a suspend"
                            + " function returning Flow<Integer>: a suspend function returns its result itself; return a"
                            + " Flow or a Multi from a function that is not suspend"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    /** Quarkus wraps validation errors: the sentence is in a cause. */
    private static String messages(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            out.append(t.getMessage()).append('\n');
            for (Throwable suppressed : t.getSuppressed()) {
                out.append(suppressed.getMessage()).append('\n');
            }
        }
        return out.toString();
    }
}
