package io.quarkiverse.jsonrpc.client.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;
import kotlin.Metadata;
import kotlin.coroutines.Continuation;
import kotlinx.coroutines.flow.Flow;

/**
 * A client's suspend function needs mutiny-kotlin and its Flow result kotlinx-coroutines-jdk9, which an application
 * with Kotlin's coroutines alone (as this test's) lacks: the build says what to add. The interface is written in Java
 * as kotlinc compiles a Kotlin one, so that the test needs no Kotlin compiler: marked {@link Metadata}, its suspend
 * function taking the continuation last and returning {@code Object}.
 */
public class KotlinLibrariesMissingTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Greetings.class, BuildFailure.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"greetings\".url", "http://localhost:1/jsonrpc")
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains(
                    "@JsonRpc method " + Greetings.class.getName() + "#greet(java.lang.String) of client interface "
                            + Greetings.class.getName() + " is a Kotlin suspend function: add the"
                            + " io.quarkus:quarkus-kotlin extension, which brings kotlinx-coroutines-core and mutiny-kotlin",
                    "@JsonRpc method " + Greetings.class.getName() + "#countdown(int) of client interface "
                            + Greetings.class.getName() + " returns a Kotlin Flow: add"
                            + " org.jetbrains.kotlinx:kotlinx-coroutines-jdk9 (the Quarkus BOM manages its version), which"
                            + " makes a Flow a reactive stream"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @Metadata
    @RegisterJsonRpcClient(configKey = "greetings")
    public interface Greetings {
        @JsonRpc
        Object greet(String name, Continuation<? super String> completion);

        @JsonRpc
        Flow<Integer> countdown(int from);
    }
}
