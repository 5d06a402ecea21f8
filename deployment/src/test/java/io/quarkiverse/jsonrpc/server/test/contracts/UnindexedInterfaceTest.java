package io.quarkiverse.jsonrpc.server.test.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkiverse.jsonrpc.testsupport.UnindexedContract;
import io.quarkus.test.QuarkusUnitTest;

/**
 * An interface with {@code @JsonRpc} methods from an archive without a Jandex index, as a shared contract module may
 * be: the build indexes it, and the application's class that implements it serves its methods. The interface comes
 * from the test support module, which has no index (the test class and the classes nested in it are in the
 * application archive, and so in the index).
 */
public class UnindexedInterfaceTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Implementation.class));

    public static class Implementation implements UnindexedContract {
        @Override
        public String ping() {
            return "pong";
        }
    }

    @Test
    void itsMethodsAreServed() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"pong\",\"id\":1}");
    }
}
