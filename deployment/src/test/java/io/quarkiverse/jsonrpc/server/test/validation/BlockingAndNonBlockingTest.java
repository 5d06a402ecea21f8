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
import io.smallrye.common.annotation.RunOnVirtualThread;

/**
 * A method runs on one kind of thread: the annotations must not contradict each other, on the method or on its class;
 * a class's contradiction is the class's, said once however many methods it applies to, and an implementing method's
 * is that method's, not the interface method's it implements.
 */
public class BlockingAndNonBlockingTest {

    static final String CLASS_PROBLEM = "Class " + UndecidedClass.class.getName() + " is annotated both @NonBlocking"
            + " and @RunOnVirtualThread, which say different things about the thread its methods run on: keep one";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Undecided.class, UndecidedClass.class, Api.class,
                    UndecidedImplementation.class, BuildFailure.class))
            .assertException(t -> {
                String messages = BuildFailure.messages(t);
                assertThat(messages).contains("@JsonRpc method " + Undecided.class.getName() + "#work() is annotated"
                        + " both @NonBlocking and @Blocking, which say different things about the thread it runs on:"
                        + " keep one");
                // once in the list of problems, once as the suppressed exception that carries it
                assertThat(messages.split(java.util.regex.Pattern.quote(CLASS_PROBLEM), -1)).hasSize(3);
                assertThat(messages).doesNotContain(UndecidedClass.class.getName() + "#");
                assertThat(messages).contains("Method " + UndecidedImplementation.class.getName() + "#hi(), which"
                        + " implements @JsonRpc method " + Api.class.getName() + "#hi(), is annotated both @NonBlocking"
                        + " and @Blocking, which say different things about the thread it runs on: keep one");
                assertThat(messages).doesNotContain("method " + Api.class.getName() + "#hi() is annotated");
            });

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

    public interface Api {
        @JsonRpc
        String hi();
    }

    public static class UndecidedImplementation implements Api {
        @Override
        @Blocking
        @NonBlocking
        public String hi() {
            return "";
        }
    }

    @NonBlocking
    @RunOnVirtualThread
    public static class UndecidedClass {
        @JsonRpc
        public String first() {
            return "";
        }

        @JsonRpc
        public String second() {
            return "";
        }
    }
}
