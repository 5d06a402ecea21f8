package io.quarkiverse.jsonrpc.server.test;

import java.util.List;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusDevModeTest;

/**
 * The port of an application under {@link QuarkusDevModeTest}, which listens on 8080 unless told otherwise. Told
 * {@code quarkus.http.port=0}, it takes a free port, kept across live reloads, and says which in its startup line:
 * builds running side by side do not collide, and no port is picked here and taken by someone else before the
 * application binds it.
 */
public final class DevModePort {

    /** The configuration that makes the application take a free port. */
    public static final String RANDOM_PORT = "quarkus.http.port=0\n";

    private static final Pattern LISTENING = Pattern.compile("Listening on: https?://[^\\s/]+:(\\d+)");

    private DevModePort() {
    }

    /** For {@link QuarkusDevModeTest#setLogRecordPredicate}: keeps the startup line. */
    public static boolean startupLine(LogRecord record) {
        return LISTENING.matcher(message(record)).find();
    }

    /** The port of the last startup line kept. */
    public static int of(QuarkusDevModeTest test) {
        List<LogRecord> records = test.getLogRecords();
        for (int i = records.size() - 1; i >= 0; i--) {
            Matcher matcher = LISTENING.matcher(message(records.get(i)));
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw new AssertionError("The application logged no 'Listening on' line: is the predicate DevModePort::startupLine?");
    }

    private static String message(LogRecord record) {
        return LogWatch.message(record);
    }
}
