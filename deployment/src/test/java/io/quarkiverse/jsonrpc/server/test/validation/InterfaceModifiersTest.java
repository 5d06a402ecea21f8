package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A static or private {@code @JsonRpc} method of an interface fails the build, as on a class, with the advice an
 * interface takes: it keeps its body as a default method. A static one was left out without a word.
 */
public class InterfaceModifiersTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Clock.class, SystemClock.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains(
                    "@JsonRpc method " + Clock.class.getName() + "#epoch() is static: it is called on a bean instance,"
                            + " replace 'static' with 'default'",
                    "@JsonRpc method " + Clock.class.getName() + "#zone() is private: replace 'private' with"
                            + " 'default'"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public interface Clock {
        @JsonRpc
        long now();

        @JsonRpc
        static long epoch() {
            return 0;
        }

        @JsonRpc
        private String zone() {
            return "UTC";
        }
    }

    public static class SystemClock implements Clock {
        @Override
        public long now() {
            return 1;
        }
    }
}
