package io.quarkiverse.jsonrpc.server.test.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Outside production {@code errors.include-details} defaults to {@code true}: the developer sees the exception's
 * class and message (never its stack trace).
 */
public class ErrorDetailsIncludedInTestModeTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Leaky.class, HttpRpc.class));

    public static class Leaky {
        @JsonRpc
        public String connect() {
            throw new IllegalStateException("db.internal unreachable");
        }
    }

    @Test
    void classAndMessageAreSent() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"connect\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32603,\"message\":\"db.internal unreachable\","
                        + "\"data\":{\"exception\":\"java.lang.IllegalStateException\","
                        + "\"message\":\"db.internal unreachable\"}},\"id\":1}");
    }
}
