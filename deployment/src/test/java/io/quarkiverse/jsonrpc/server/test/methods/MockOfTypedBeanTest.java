package io.quarkiverse.jsonrpc.server.test.methods;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.Mock;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A {@code @Mock} subclass of a bean whose {@code @Typed} leaves its own class out of its bean types serves the bean's
 * methods, as ArC injects it wherever the bean would be: an injection point of the bean's class, which the bean does
 * not match, does not tell them apart.
 */
public class MockOfTypedBeanTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Greeting.class, Greeter.class, MockGreeter.class));

    public interface Greeting {
        String hello();
    }

    @Singleton
    @Typed(Greeting.class)
    public static class Greeter implements Greeting {
        @JsonRpc
        @Override
        public String hello() {
            return "real";
        }
    }

    @Mock
    public static class MockGreeter extends Greeter {
        @Override
        public String hello() {
            return "mock";
        }
    }

    @Test
    void theMockServes() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"hello\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"mock\",\"id\":1}");
    }
}
