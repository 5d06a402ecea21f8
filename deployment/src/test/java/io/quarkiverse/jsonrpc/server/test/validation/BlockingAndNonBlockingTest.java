package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;

/** A method runs on one kind of thread: the annotations must not contradict each other. */
public class BlockingAndNonBlockingTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Undecided.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Undecided.class.getName() + "#work() is both @NonBlocking and @Blocking or"
                            + " @RunOnVirtualThread: keep one"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class Undecided {
        @JsonRpc
        @Blocking
        @NonBlocking
        public String work() {
            return "";
        }
    }
}
