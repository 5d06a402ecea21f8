package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** One bean serves an interface: with two, a client of the interface could not tell which answers. */
public class InterfaceWithSeveralBeansTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Api.class, First.class, Second.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("Interface " + Api.class.getName() + " declares @JsonRpc methods, which 2 beans"
                            + " implement [" + First.class.getName() + ", " + Second.class.getName() + "]: one bean"
                            + " serves an interface's methods; annotate the others @Vetoed, or have them not implement it")
                    // the conflict is reported once, not again as a duplicate name
                    .doesNotContain("is used by"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public interface Api {
        @JsonRpc
        String ping();
    }

    public static class First implements Api {
        @Override
        public String ping() {
            return "first";
        }
    }

    public static class Second implements Api {
        @Override
        public String ping() {
            return "second";
        }
    }
}
