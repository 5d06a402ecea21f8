package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.kotlin.objects.Clockwork;
import io.quarkiverse.jsonrpc.server.kotlin.objects.Counter;
import io.quarkiverse.jsonrpc.server.kotlin.objects.Registry;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A {@code @JsonRpc} function of a Kotlin {@code object} fails the build with what to do: the extension makes no bean
 * of an object, as of no class ArC cannot make one of, since ArC would serve it on a second instance; nor does one
 * that a bean-defining annotation makes a bean serve its functions; nor does a companion object, which is an object
 * too, its functions not under the namespace of the class, and its {@code @JvmStatic} ones static in the class.
 */
public class KotlinObjectsTest {

    private static final String WHAT_TO_DO = ", a Kotlin object, whose one instance is no bean (ArC would construct"
            + " another, into which it injects nothing): declare it a class, which becomes a @Singleton bean, one"
            + " instance of it";

    private static final String COMPANION = ", the companion object of " + Clockwork.class.getName() + ", whose one"
            + " instance is no bean (ArC would construct another): declare it in " + Clockwork.class.getName()
            + " itself, which becomes a @Singleton bean (and whose @JsonRpcNamespace applies)";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addPackage(Counter.class.getPackage()))
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains(
                    "@JsonRpc method " + Counter.class.getName() + "#increment() is declared on "
                            + Counter.class.getName() + WHAT_TO_DO,
                    "@JsonRpc method " + Registry.class.getName() + "#size() is served by "
                            + Registry.class.getName() + WHAT_TO_DO,
                    "@JsonRpc method " + Clockwork.Companion.class.getName() + "#tick() is declared on "
                            + Clockwork.Companion.class.getName() + COMPANION,
                    "@JsonRpc method " + Clockwork.Companion.class.getName() + "#chime() is declared on "
                            + Clockwork.Companion.class.getName() + COMPANION,
                    "@JsonRpc method " + Clockwork.class.getName() + "#chime() is the static twin of a @JvmStatic"
                            + " function of a companion object: declare the function in the class itself, without"
                            + " @JvmStatic"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
