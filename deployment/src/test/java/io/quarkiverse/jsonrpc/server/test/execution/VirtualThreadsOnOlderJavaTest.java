package io.quarkiverse.jsonrpc.server.test.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.RunOnVirtualThread;

/**
 * Before Java 21, {@code @RunOnVirtualThread} methods run on worker threads, and the application says so at startup,
 * naming them and the connection hooks so annotated, whether or not they are ever called; from Java 21 on, it says
 * nothing.
 */
public class VirtualThreadsOnOlderJavaTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Reports.class, Plain.class))
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.WARNING.intValue()
                    && record.getLoggerName().startsWith("io.quarkiverse.jsonrpc"))
            .assertLogRecords(records -> {
                if (Runtime.version().feature() >= 21) {
                    assertThat(records).isEmpty();
                } else {
                    assertThat(records).extracting(LogWatch::message).containsExactly("@RunOnVirtualThread methods run"
                            + " on worker threads: virtual threads need Java 21 or later, and this is Java "
                            + Runtime.version().feature() + " (" + Reports.class.getName() + "#monthly, "
                            + Reports.class.getName() + "#opened, " + Reports.class.getName() + "#yearly)");
                }
            });

    @RunOnVirtualThread
    public static class Reports {
        @JsonRpc
        public String yearly() {
            return "yearly";
        }

        /** Never called: the warning is the startup's. */
        @JsonRpc
        public String monthly() {
            return "monthly";
        }

        /** A connection hook on a virtual thread is named too. */
        @OnJsonRpcOpen
        void opened(JsonRpcContext context) {
        }
    }

    public static class Plain {
        @JsonRpc
        public String daily() {
            return "daily";
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void theMethodsStillAnswer() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(uri)) {
            assertThat(client.call(String.class, "yearly")).isEqualTo("yearly");
            assertThat(client.call(String.class, "daily")).isEqualTo("daily");
        }
    }
}
