package io.quarkiverse.jsonrpc.client.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkus.test.QuarkusUnitTest;
import kotlin.Metadata;
import kotlin.coroutines.Continuation;
import kotlinx.coroutines.flow.Flow;

/**
 * An interface that a bean serves and a client calls, whose Flow result and suspend function lack the libraries they
 * need: the server's build and the client's each say what to add, once, each naming its side (the bean that serves
 * the method, the client interface that calls it), where both said the same sentence. Written in Java as kotlinc
 * compiles Kotlin (see {@link KotlinLibrariesMissingTest}).
 */
public class KotlinLibrariesMissingOnBothSidesTest {

    private static final String FLOW = " returns a Kotlin Flow: add org.jetbrains.kotlinx:kotlinx-coroutines-jdk9 (the"
            + " Quarkus BOM manages its version), which makes a Flow a reactive stream";
    private static final String SUSPEND = " is a Kotlin suspend function: add the io.quarkus:quarkus-kotlin extension,"
            + " which brings kotlinx-coroutines-core and mutiny-kotlin";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Greetings.class, GreetingsService.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"greetings\".url", "http://localhost:1/jsonrpc")
            .assertException(t -> assertThat(problems(t)).containsExactlyInAnyOrder(
                    "@JsonRpc method " + Greetings.class.getName() + "#countdown(int) of bean "
                            + GreetingsService.class.getName() + FLOW,
                    "@JsonRpc method " + Greetings.class.getName() + "#countdown(int) of client interface "
                            + Greetings.class.getName() + FLOW,
                    "@JsonRpc method " + Greetings.class.getName() + "#greet(java.lang.String) of bean "
                            + GreetingsService.class.getName() + SUSPEND,
                    "@JsonRpc method " + Greetings.class.getName() + "#greet(java.lang.String) of client interface "
                            + Greetings.class.getName() + SUSPEND));

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

    @Metadata
    public static class GreetingsService implements Greetings {
        @Override
        public Object greet(String name, Continuation<? super String> completion) {
            return "Hello " + name;
        }

        @Override
        public Flow<Integer> countdown(int from) {
            return null;
        }
    }

    /** The problems the build reported, each once: the exceptions the extensions' build steps made of them. */
    private static List<String> problems(Throwable failure) {
        List<String> problems = new ArrayList<>();
        collect(failure, problems, Collections.newSetFromMap(new IdentityHashMap<>()));
        return problems;
    }

    private static void collect(Throwable t, List<String> problems, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        if (t instanceof IllegalStateException) {
            problems.add(t.getMessage());
        }
        for (Throwable suppressed : t.getSuppressed()) {
            collect(suppressed, problems, seen);
        }
        collect(t.getCause(), problems, seen);
    }
}
