package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A bean and a bean subclass of it, neither an alternative, would both serve its methods at one endpoint: the build
 * fails naming both beans.
 */
public class SubclassBeansTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Greeter.class, LoudGreeter.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains("JSON-RPC method 'hello' ["
                    + Greeter.class.getName() + "#hello()] is served by 2 beans [" + Greeter.class.getName() + ", "
                    + LoudGreeter.class.getName() + "]: one bean serves a method; make the one that serves it an"
                    + " @Alternative with a @Priority, annotate the others @Vetoed, or give each its own"
                    + " @JsonRpcEndpoint"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @Singleton
    public static class Greeter {
        @JsonRpc
        public String hello() {
            return "hi";
        }
    }

    @Singleton
    public static class LoudGreeter extends Greeter {
        @Override
        public String hello() {
            return "HI";
        }
    }
}
