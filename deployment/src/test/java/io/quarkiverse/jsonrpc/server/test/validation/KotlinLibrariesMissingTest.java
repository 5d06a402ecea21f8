package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;
import kotlin.Metadata;
import kotlin.Unit;
import kotlin.coroutines.Continuation;
import kotlinx.coroutines.flow.Flow;

/**
 * A suspend function needs mutiny-kotlin, be it a method, a lifecycle hook or an exception mapper, and a Flow needs
 * kotlinx-coroutines-jdk9, which an application with Kotlin's coroutines alone (as this test's) lacks: the build says
 * what to add. The bean is written in Java as kotlinc compiles
 * a Kotlin class, so that the test needs no Kotlin compiler: marked {@link Metadata}, its suspend function taking the
 * continuation last and returning {@code Object}.
 */
public class KotlinLibrariesMissingTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Greetings.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains(
                    "@JsonRpc method " + Greetings.class.getName() + "#greet(java.lang.String) of bean "
                            + Greetings.class.getName() + " is a Kotlin suspend function: add the"
                            + " io.quarkus:quarkus-kotlin extension, which brings kotlinx-coroutines-core and mutiny-kotlin",
                    "@OnJsonRpcOpen method " + Greetings.class.getName() + "#opened() is a Kotlin suspend function:"
                            + " add the io.quarkus:quarkus-kotlin extension, which brings kotlinx-coroutines-core and"
                            + " mutiny-kotlin",
                    "@JsonRpcExceptionMapper method " + Greetings.class.getName() + "#map(java.lang.IllegalStateException)"
                            + " is a Kotlin suspend function: add the io.quarkus:quarkus-kotlin extension, which brings"
                            + " kotlinx-coroutines-core and mutiny-kotlin",
                    "@JsonRpc method " + Greetings.class.getName() + "#countdown(int) of bean "
                            + Greetings.class.getName() + " returns a Kotlin Flow: add"
                            + " org.jetbrains.kotlinx:kotlinx-coroutines-jdk9 (the Quarkus BOM manages its version),"
                            + " which makes a Flow a reactive stream"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @Metadata
    public static class Greetings {
        @JsonRpc
        public Object greet(String name, Continuation<? super String> completion) {
            return "Hello " + name;
        }

        @JsonRpc
        public Flow<Integer> countdown(int from) {
            return null;
        }

        @OnJsonRpcOpen
        public Object opened(Continuation<? super Unit> completion) {
            return Unit.INSTANCE;
        }

        @JsonRpcExceptionMapper
        public Object map(IllegalStateException failure, Continuation<? super JsonRpcException> completion) {
            return new JsonRpcException(-32000, "Failed");
        }
    }
}
