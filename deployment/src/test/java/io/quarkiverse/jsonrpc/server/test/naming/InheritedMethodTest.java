package io.quarkiverse.jsonrpc.server.test.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A bean serves the {@code @JsonRpc} methods it inherits from an abstract class, under its own namespace; an
 * override without {@code @JsonRpc} hides the method it overrides.
 */
public class InheritedMethodTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Base.class, Service.class, HttpRpc.class));

    public abstract static class Base {
        @JsonRpc
        public String version() {
            return "1.0";
        }

        @JsonRpc
        public String hidden() {
            return "base";
        }
    }

    @JsonRpcNamespace("service")
    public static class Service extends Base {
        @Override
        public String hidden() {
            return "override";
        }
    }

    @Test
    void inheritedMethodIsServedUnderTheBeanNamespace() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"service.version\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1.0\",\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"service.hidden\",\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
                        + "\"data\":\"No method named 'service.hidden'\"},\"id\":2}");
    }
}
