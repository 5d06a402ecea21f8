package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** JSON-RPC methods are called on a bean instance, never statically. */
public class StaticMethodTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Utility.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Utility.class.getName()
                            + "#now() is static: it is called on a bean instance, remove 'static'"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class Utility {
        @JsonRpc
        public static long now() {
            return 0;
        }
    }
}
