package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** An abstract class is not a bean: without a bean subclass nobody serves its methods. */
public class AbstractClassWithoutBeanSubclassTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Base.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Base.class.getName() + "#ping() is declared on " + Base.class.getName()
                            + ", which is not a bean and has no bean subclass: declare it on a concrete, non-vetoed class,"
                            + " or give the abstract class a bean subclass"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public abstract static class Base {
        @JsonRpc
        public String ping() {
            return "pong";
        }
    }
}
