package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.enterprise.inject.Vetoed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** An interface's {@code @JsonRpc} methods need a bean that implements it: a vetoed class is none. */
public class InterfaceWithoutBeanTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Api.class, Implementation.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Api.class.getName() + "#ping() is declared on interface "
                            + Api.class.getName() + ", which no bean implements: implement it in a class (which becomes"
                            + " a @Singleton bean), or register the interface as a client with @RegisterJsonRpcClient"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public interface Api {
        @JsonRpc
        String ping();
    }

    @Vetoed
    public static class Implementation implements Api {
        @Override
        public String ping() {
            return "pong";
        }
    }
}
