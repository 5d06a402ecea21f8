package io.quarkiverse.jsonrpc.testsupport;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.awaitility.Awaitility;
import org.jboss.logmanager.ExtLogRecord;

/**
 * The log records of the running application that match, as they are logged: a test waits for one as for an event,
 * or asserts on all of them. {@code QuarkusUnitTest} shows its records only once the tests are over.
 */
public final class LogWatch implements AutoCloseable {

    private final Logger root = Logger.getLogger("");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler;

    private LogWatch(Predicate<LogRecord> filter) {
        this.handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (filter.test(record)) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        root.addHandler(handler);
    }

    /** Records of the loggers under {@code io.quarkiverse.jsonrpc}. */
    public static LogWatch extension() {
        return under("io.quarkiverse.jsonrpc");
    }

    /** Records of the loggers under any of these names, {@code io.quarkus.websockets.next} say. */
    public static LogWatch under(String... loggerNames) {
        return new LogWatch(record -> record.getLoggerName() != null
                && Arrays.stream(loggerNames).anyMatch(name -> record.getLoggerName().startsWith(name)));
    }

    /** Waits for a record whose message contains the text; fails after the timeout. */
    public LogRecord await(String text, Duration timeout) {
        return Awaitility.await().atMost(timeout).until(() -> records.stream()
                .filter(record -> message(record).contains(text)).findFirst().orElse(null), found -> found != null);
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The message with its parameters in place. */
    public static String message(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        return message == null ? "" : message;
    }

    @Override
    public void close() {
        root.removeHandler(handler);
    }
}
