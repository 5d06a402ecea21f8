package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What is logged at ERROR while each test runs, by any thread: a test registers one,
 * {@code @RegisterExtension final ErrorRecords errors = new ErrorRecords()}, and asserts on {@link #records()}.
 */
final class ErrorRecords extends Handler implements BeforeEachCallback, AfterEachCallback {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    List<LogRecord> records() {
        return records;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        records.clear();
        Logger.getLogger("").addHandler(this);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Logger.getLogger("").removeHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            records.add(record);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
