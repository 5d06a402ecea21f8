package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** {@code @JsonRpc} on an interface method is not inherited by the implementing bean. */
public class InterfaceMethodTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Api.class, Implementation.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Api.class.getName() + "#ping() is declared on " + Api.class.getName()
                            + ", which is not a bean and has no bean subclass"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public interface Api {
        @JsonRpc
        String ping();
    }

    /** Implementing the interface does not make its annotation count: only class methods are served. */
    @Singleton
    public static class Implementation implements Api {
        @Override
        public String ping() {
            return "pong";
        }
    }
}
