package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkiverse.jsonrpc.testsupport.UnindexedContract;
import io.quarkus.test.QuarkusUnitTest;

/**
 * An interface with {@code @JsonRpc} methods from an archive without a Jandex index, as a shared contract module may
 * be: the application's class that implements it would serve none of its methods, so the build fails and says why.
 * The interface comes from the test support module, which has no index (the test class and the classes nested in it
 * are in the application archive, and so in the index).
 */
public class UnindexedInterfaceTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Implementation.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains(Implementation.class.getName() + " implements " + UnindexedContract.class.getName()
                            + ", whose @JsonRpc methods are not served: " + UnindexedContract.class.getName()
                            + " is not in the Jandex index. Add a Jandex index to its archive (the"
                            + " io.smallrye:jandex-maven-plugin, or an empty META-INF/beans.xml)"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class Implementation implements UnindexedContract {
        @Override
        public String ping() {
            return "pong";
        }
    }
}
