package io.quarkiverse.jsonrpc.server.test.methods;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Qualifier;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.Mock;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A {@code @Mock} subclass of a qualified bean serves its methods where ArC injects it for the bean: here its
 * qualifier differs from the bean's in a {@code @Nonbinding} member only, which injection does not compare.
 */
public class MockOfQualifiedBeanTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tagged.class, Greeter.class, MockGreeter.class));

    @Qualifier
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
    public @interface Tagged {
        @Nonbinding
        String value();
    }

    @Singleton
    @Tagged("real")
    public static class Greeter {
        @JsonRpc
        public String hello() {
            return "real";
        }
    }

    @Mock
    @Tagged("mock")
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
