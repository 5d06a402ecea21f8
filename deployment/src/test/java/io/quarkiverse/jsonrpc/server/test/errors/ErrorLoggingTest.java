package io.quarkiverse.jsonrpc.server.test.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcError;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.security.ForbiddenException;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/**
 * What the log says of failing methods: a bug is logged at ERROR with its stack trace the first time a method fails
 * with it, and at DEBUG after that, so a method failing under load does not flood the log; an application's own error
 * is part of its contract and logged at DEBUG only.
 */
public class ErrorLoggingTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Service.class, InsufficientFunds.class, Unprintable.class,
                    LogWatch.class))
            .overrideConfigKey("quarkus.log.category.\"io.quarkiverse.jsonrpc\".level", "DEBUG");

    /** Declared, with a message of its own: the exception has none. */
    @JsonRpcError(code = 1002, message = "Insufficient funds")
    public static class InsufficientFunds extends RuntimeException {
    }

    /** A bug in a bug: its message cannot be read. */
    public static class Unprintable extends RuntimeException {
        @Override
        public String getMessage() {
            throw new IllegalStateException("the message's template is missing");
        }
    }

    public static class Service {
        @JsonRpc
        public int crash() {
            throw new IllegalStateException("Database unavailable");
        }

        @JsonRpc
        public int crashToo() {
            throw new IllegalStateException("Database unavailable");
        }

        @JsonRpc
        public int refuse() {
            throw new JsonRpcException(-32010, "Refused");
        }

        @JsonRpc
        public int pay() {
            throw new InsufficientFunds();
        }

        /** Without a message: the client gets its code's, and so does the log. */
        @JsonRpc
        public int refuseSilently() {
            throw new JsonRpcException(-32011, null);
        }

        /** Never answers: its timeout does. */
        @JsonRpc(timeout = "50ms")
        public Uni<Integer> stuck() {
            return Uni.createFrom().nothing();
        }

        @JsonRpc
        public int crashUnprintably() {
            throw new Unprintable();
        }

        /** As Quarkus's security interceptor refuses a caller without the role. */
        @JsonRpc
        public int guarded() {
            throw new ForbiddenException();
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aBugIsAnErrorOnceThenDebugAndAnApplicationErrorIsDebug() {
        List<LogRecord> records;
        try (LogWatch log = LogWatch.extension(); JsonRpcTestClient client = JsonRpcTestClient.http(uri)) {
            for (int i = 0; i < 3; i++) {
                client.callForError("crash");
            }
            client.callForError("crashToo");
            client.callForError("refuse");
            client.callForError("pay");
            client.notify("crash");
            // a call answered after the notification: the notification's log line is written before it
            client.callForError("refuse");
            client.callForError("guarded");
            client.callForError("refuseSilently");
            client.callForError("stuck");
            client.callForError("stuck");
            records = log.records().stream().filter(record -> LogWatch.message(record).startsWith("Method ")).toList();
        }

        assertThat(records).extracting(LogWatch::message).containsExactly(
                "Method crash [id: 1] failed (further java.lang.IllegalStateException failures of it are logged at DEBUG)",
                "Method crash [id: 2] failed",
                "Method crash [id: 3] failed",
                "Method crashToo [id: 4] failed (further java.lang.IllegalStateException failures of it are logged at"
                        + " DEBUG)",
                "Method refuse [id: 5] returned error -32010: Refused",
                // the message the client got, and the exception it comes from
                "Method pay [id: 6] returned error 1002: Insufficient funds (" + InsufficientFunds.class.getName() + ")",
                // a notification has no id to give
                "Method crash [notification] failed",
                "Method refuse [id: 7] returned error -32010: Refused",
                "Method guarded [id: 8] returned error -32003: Forbidden (" + ForbiddenException.class.getName() + ")",
                "Method refuseSilently [id: 9] returned error -32011: Server error",
                // a slow dependency times out call after call: the first at WARN
                "Method stuck [id: 10] timed out: The call did not complete within 50 ms (further timeouts of it are"
                        + " logged at DEBUG)",
                "Method stuck [id: 11] timed out: The call did not complete within 50 ms");
        assertThat(records).extracting(LogRecord::getLevel).containsExactly(Level.SEVERE, Level.FINE, Level.FINE,
                Level.SEVERE, Level.FINE, Level.FINE, Level.FINE, Level.FINE, Level.FINE, Level.FINE, Level.WARNING,
                Level.FINE);
        // a declared error's stack trace shows where it was thrown; a security refusal is the caller's doing
        assertThat(records.get(5).getThrown()).isInstanceOf(InsufficientFunds.class);
        assertThat(records.get(8).getThrown()).isNull();
        assertThat(records.subList(0, 4)).allSatisfy(record -> assertThat(record.getThrown())
                .as("the stack trace of %s", LogWatch.message(record))
                .isInstanceOf(IllegalStateException.class).hasMessage("Database unavailable"));
    }

    /**
     * An exception whose {@code getMessage()} throws: the client gets -32603 without a message, and the log its line
     * and stack trace, which the log's formatter would drop whole on writing the exception.
     */
    @Test
    void anExceptionWhoseMessageThrowsIsStillLoggedAndAnswered() {
        List<LogRecord> records;
        JsonRpcErrorException error;
        try (LogWatch log = LogWatch.extension(); JsonRpcTestClient client = JsonRpcTestClient.http(uri)) {
            error = client.callForError("crashUnprintably");
            records = log.records().stream().filter(record -> LogWatch.message(record).startsWith("Method ")).toList();
        }

        assertThat(error.code()).isEqualTo(-32603);
        assertThat(error.message()).isEqualTo("Internal error");
        assertThat(error.data().toString())
                .isEqualTo("{\"exception\":\"" + Unprintable.class.getName() + "\",\"message\":null}");
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(LogWatch.message(record)).isEqualTo("Method crashUnprintably [id: 1] failed (further "
                    + Unprintable.class.getName() + " failures of it are logged at DEBUG)");
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getThrown()).hasToString(Unprintable.class.getName() + " (its message could not be read:"
                    + " java.lang.IllegalStateException: the message's template is missing)");
            assertThat(record.getThrown().getStackTrace()[0].getMethodName()).isEqualTo("crashUnprintably");
        });
    }
}
