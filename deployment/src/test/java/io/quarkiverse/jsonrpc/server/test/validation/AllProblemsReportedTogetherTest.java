package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** One build reports every invalid method, not only the first it finds. */
public class AllProblemsReportedTogetherTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Broken.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains(Broken.class.getName() + "#hidden() is private")
                    .contains(Broken.class.getName() + "#now() is static"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class Broken {
        @JsonRpc
        private String hidden() {
            return "";
        }

        @JsonRpc
        public static long now() {
            return 0;
        }
    }
}
