package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A {@code @JsonRpc} method or a hook on a class ArC makes no bean of, an enum, an inner class, a generic class, fails
 * the build with what to do, and with the extension's message only: it makes no bean of such a class, where ArC
 * refused the scope the extension had given it.
 */
public class ClassesThatCannotBeBeansTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Size.class, Outer.class, Outer.Inner.class, Box.class,
                    Lobby.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t)).doesNotContain("scope", "Declaring class").contains(
                    "@JsonRpc method " + Size.class.getName() + "#grams() is declared on " + Size.class.getName()
                            + ", an enum, which is never a bean: declare the method on a class",
                    "@JsonRpc method " + Outer.Inner.class.getName() + "#ping() is declared on "
                            + Outer.Inner.class.getName() + ", an inner class, which is never a bean: make it a static"
                            + " nested class, or a top-level one",
                    "@JsonRpc method " + Box.class.getName() + "#put(T) is declared on " + Box.class.getName()
                            + ", a generic class, which is a bean only as @Dependent, and whose type variables do not"
                            + " say what to read from JSON: declare a subclass that binds them (class Bound extends"
                            + " ClassesThatCannotBeBeansTest$Box<String>), which becomes the bean",
                    "@OnJsonRpcOpen method " + Lobby.Door.class.getName() + "#opened() is declared on "
                            + Lobby.Door.class.getName() + ", an inner class, which is never a bean: make it a static"
                            + " nested class, or a top-level one"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public enum Size {
        SMALL;

        @JsonRpc
        public int grams() {
            return 1;
        }
    }

    public static class Outer {
        public class Inner {
            @JsonRpc
            public String ping() {
                return "pong";
            }
        }
    }

    public static class Box<T> {
        @JsonRpc
        public String put(T item) {
            return "in";
        }
    }

    public static class Lobby {
        public class Door {
            @OnJsonRpcOpen
            void opened() {
            }
        }
    }
}
