package io.quarkiverse.jsonrpc.client.test.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.logging.Level;

import jakarta.inject.Inject;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.test.Calculator;
import io.quarkiverse.jsonrpc.client.test.CalculatorServer;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A {@code -D} option that sets a client's property without the quotes its key has in application.properties is
 * ignored by SmallRye Config, whose ordinals would have it win: the application says so at startup, with the form to
 * write, and without the values.
 */
public class UnquotedOverrideTest {

    static final int PORT = SharedTcpRelay.port(UnquotedOverrideTest.class.getName());
    static final String UNQUOTED = "quarkus.jsonrpc-client.calc.url";

    static {
        System.setProperty(UNQUOTED, "http://localhost:1/nowhere");
    }

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class, LogWatch.class)
                    .addAsResource(new StringAsset("quarkus.jsonrpc-client.\"calc\".url=http://localhost:" + PORT
                            + "/jsonrpc\n"), "application.properties"))
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.WARNING.intValue()
                    && record.getLoggerName().startsWith("io.quarkiverse.jsonrpc"))
            .assertLogRecords(records -> assertThat(records).extracting(LogWatch::message).singleElement()
                    .asString().matches("\\Q" + UNQUOTED + " (SysPropConfigSource) is ignored: quarkus.jsonrpc-client."
                            + "\"calc\".url (PropertiesConfigSource[source=\\E[^]]*application.properties\\Q]) is read in"
                            + " its place, as SmallRye Config reads a key written with quotes in that form only. Write"
                            + " it with the quotes to override it: '-Dquarkus.jsonrpc-client.\"calc\".url=...', or the"
                            + " environment variable QUARKUS_JSONRPC_CLIENT__CALC__URL\\E"));

    @AfterAll
    static void clear() {
        System.clearProperty(UNQUOTED);
    }

    @TestHTTPResource
    URL application;

    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(UnquotedOverrideTest.class.getName(), application.getPort());
    }

    @Inject
    @JsonRpcClient
    Calculator calc;

    @Test
    void theQuotedPropertyIsRead() {
        assertThat(calc.subtract(3, 1)).isEqualTo(2);
    }
}
