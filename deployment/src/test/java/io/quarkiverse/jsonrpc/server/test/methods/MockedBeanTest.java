package io.quarkiverse.jsonrpc.server.test.methods;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.Mock;
import io.quarkus.test.QuarkusUnitTest;

/** A {@code @Mock} subclass of a bean, an enabled alternative, serves its methods, as it is the one injected. */
public class MockedBeanTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Greeter.class, MockGreeter.class));

    @Singleton
    public static class Greeter {
        @JsonRpc
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
