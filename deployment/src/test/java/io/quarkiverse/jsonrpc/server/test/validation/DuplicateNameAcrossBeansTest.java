package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** A JSON-RPC name identifies one method: two beans cannot both claim it. */
public class DuplicateNameAcrossBeansTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(First.class, Second.class, BuildFailure.class))
            .assertException(t -> {
                assertThat(BuildFailure.messages(t)).contains("JSON-RPC method name 'ping' is used by 2 methods ["
                        + First.class.getName() + "#ping(), " + Second.class.getName() + "#ping()]: give each a unique"
                        + " name with @JsonRpc(\"...\")");
            });

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class First {
        @JsonRpc
        public String ping() {
            return "first";
        }
    }

    public static class Second {
        @JsonRpc
        public String ping() {
            return "second";
        }
    }
}
