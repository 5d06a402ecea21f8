package io.quarkiverse.jsonrpc.server.test.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A path is fixed when the application is built: set to another value when it starts, the built one still serves, and
 * Quarkus's startup warning names the property rather than letting the change pass unseen.
 */
public class BuildTimePathChangedTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class, LogWatch.class))
            .overrideRuntimeConfigKey("quarkus.jsonrpc-server.http.path", "/elsewhere")
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.WARNING.intValue()
                    && record.getMessage() != null && record.getMessage().contains("quarkus.jsonrpc-server"))
            .assertLogRecords(records -> assertThat(records).extracting(LogWatch::message).singleElement()
                    .asString().contains("quarkus.jsonrpc-server.http.path is set to '/elsewhere' but it is build time"
                            + " fixed to '/jsonrpc'"));

    @Test
    void theBuiltPathServes() {
        assertThat(HttpRpc.call("/jsonrpc", "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"hi\"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"hi\",\"id\":1}");
    }
}
