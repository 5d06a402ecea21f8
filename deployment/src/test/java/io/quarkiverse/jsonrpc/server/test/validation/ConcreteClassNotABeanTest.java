package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.enterprise.inject.Vetoed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A concrete class that is not a bean is vetoed, or left out by ArC: the build says which, and what to do, not to give
 * it a subclass as an abstract class.
 */
public class ConcreteClassNotABeanTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Retired.class, Excluded.class, BuildFailure.class))
            .overrideConfigKey("quarkus.arc.exclude-types", Excluded.class.getName())
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains(
                    "@JsonRpc method " + Retired.class.getName() + "#old() is declared on " + Retired.class.getName()
                            + ", which is @Vetoed, so not a bean, and has no bean subclass: remove @Vetoed, or declare"
                            + " the method on a bean class",
                    "@OnJsonRpcOpen method " + Retired.class.getName() + "#opened() is declared on "
                            + Retired.class.getName() + ", which is @Vetoed, so not a bean, and has no bean subclass:"
                            + " remove @Vetoed, or declare the method on a bean class",
                    "@JsonRpc method " + Excluded.class.getName() + "#left() is declared on " + Excluded.class.getName()
                            + ", which ArC leaves out (a @Vetoed package, or quarkus.arc.exclude-types), so it is not"
                            + " a bean, and has no bean subclass: let ArC keep it, or declare the method on a bean"
                            + " class"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @Vetoed
    public static class Retired {
        @JsonRpc
        public String old() {
            return "old";
        }

        @OnJsonRpcOpen
        void opened() {
        }
    }

    public static class Excluded {
        @JsonRpc
        public String left() {
            return "left";
        }
    }
}
