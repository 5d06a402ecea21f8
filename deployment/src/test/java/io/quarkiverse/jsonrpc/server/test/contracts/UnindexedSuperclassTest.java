package io.quarkiverse.jsonrpc.server.test.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkiverse.jsonrpc.testsupport.UnindexedBase;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A superclass with {@code @JsonRpc} methods and an exception mapper from an archive without a Jandex index, as
 * {@link UnindexedInterfaceTest} for an interface: the build indexes it, and the application's class that extends it
 * serves its methods and maps their exceptions with its mapper.
 */
public class UnindexedSuperclassTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Greeter.class));

    public static class Greeter extends UnindexedBase {
    }

    @Test
    void itsMethodsAreServed() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"hello\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"hi\",\"id\":1}");
    }

    @Test
    void itsMapperMapsTheirExceptions() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"closed\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":1002,\"message\":\"Closed for the day\"},\"id\":1}");
    }
}
