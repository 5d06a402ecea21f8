package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The methods of a bean a producer method makes do not run (ArC invokers call those of bean classes): the build says
 * so, and to make the class a bean. A {@code @Vetoed} class no producer makes is no bean, as the message says.
 */
public class ProducedBeanTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Greeter.class, Producer.class, Retired.class,
                    BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains(
                    "@JsonRpc method " + Greeter.class.getName() + "#hello() is declared on " + Greeter.class.getName()
                            + ", whose bean " + Producer.class.getName() + "#greeter() produces: the methods of a"
                            + " produced bean do not run, only those of a bean class; make " + Greeter.class.getName()
                            + " a bean class (not @Vetoed, with an @Inject constructor for what the producer gives it),"
                            + " and remove the producer",
                    "@OnJsonRpcOpen method " + Greeter.class.getName() + "#opened() is declared on "
                            + Greeter.class.getName() + ", whose bean " + Producer.class.getName() + "#greeter()"
                            + " produces",
                    "@JsonRpc method " + Retired.class.getName() + "#old() is declared on " + Retired.class.getName()
                            + ", which is @Vetoed, so not a bean, and has no bean subclass: remove @Vetoed, or declare"
                            + " the method on a bean class"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @Vetoed
    public static class Greeter {
        private final String greeting;

        public Greeter(String greeting) {
            this.greeting = greeting;
        }

        @JsonRpc
        public String hello() {
            return greeting;
        }

        @OnJsonRpcOpen
        void opened() {
        }
    }

    /** Vetoed, and produced by nobody: not a bean, as before. */
    @Vetoed
    public static class Retired {
        @JsonRpc
        public String old() {
            return "old";
        }
    }

    @Singleton
    public static class Producer {
        @Produces
        @Singleton
        Greeter greeter() {
            return new Greeter("hi");
        }
    }
}
