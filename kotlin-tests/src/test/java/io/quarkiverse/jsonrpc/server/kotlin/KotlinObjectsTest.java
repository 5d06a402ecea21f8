package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.kotlin.objects.Counter;
import io.quarkiverse.jsonrpc.server.kotlin.objects.Registry;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A {@code @JsonRpc} function of a Kotlin {@code object} fails the build with what to do: the extension makes no bean
 * of an object, as of no class ArC cannot make one of, since ArC would serve it on a second instance; nor does one
 * that a bean-defining annotation makes a bean serve its functions.
 */
public class KotlinObjectsTest {

    private static final String WHAT_TO_DO = ", a Kotlin object, whose one instance is no bean (ArC would construct"
            + " another, into which it injects nothing): declare it a class, which becomes a @Singleton bean, one"
            + " instance of it";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addPackage(Counter.class.getPackage()))
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains(
                    "@JsonRpc method " + Counter.class.getName() + "#increment() is declared on "
                            + Counter.class.getName() + WHAT_TO_DO,
                    "@JsonRpc method " + Registry.class.getName() + "#size() is served by "
                            + Registry.class.getName() + WHAT_TO_DO));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
