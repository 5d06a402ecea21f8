package io.quarkiverse.jsonrpc.server.test.methods;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Of two implementations of an interface, the enabled alternative serves its {@code @JsonRpc} methods, as it is the
 * one injected; the other still serves its own.
 */
public class AlternativeImplementationTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Api.class, Real.class, Fake.class));

    public interface Api {
        @JsonRpc
        String hello();
    }

    @Singleton
    public static class Real implements Api {
        @Override
        public String hello() {
            return "real";
        }

        @JsonRpc
        public String realOnly() {
            return "still served";
        }
    }

    @Alternative
    @Priority(1)
    @Singleton
    public static class Fake implements Api {
        @Override
        public String hello() {
            return "fake";
        }
    }

    @Test
    void theAlternativeServesTheInterface() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"hello\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"fake\",\"id\":1}");
    }

    @Test
    void theOtherServesItsOwnMethods() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"realOnly\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"still served\",\"id\":1}");
    }
}
