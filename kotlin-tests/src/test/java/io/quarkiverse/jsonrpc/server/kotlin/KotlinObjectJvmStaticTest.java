package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.kotlin.jvmstatic.Metronome;
import io.quarkiverse.jsonrpc.server.kotlin.jvmstatic.Ticker;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A {@code @JvmStatic} function of a Kotlin {@code object}, which kotlinc writes as a static method of the object, is
 * told once that it is an object's, as any of its functions: not besides to remove 'static', which Kotlin has not.
 */
public class KotlinObjectJvmStaticTest {

    private static final String WHAT_TO_DO = ", a Kotlin object, whose one instance is no bean (ArC would construct"
            + " another, into which it injects nothing): declare it a class, which becomes a @Singleton bean, one"
            + " instance of it";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addPackage(Ticker.class.getPackage()))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains(
                            "@JsonRpc method " + Ticker.class.getName() + "#tick() is declared on "
                                    + Ticker.class.getName() + WHAT_TO_DO,
                            "@JsonRpc method " + Metronome.class.getName() + "#beat() is served by "
                                    + Metronome.class.getName() + WHAT_TO_DO,
                            "@OnJsonRpcOpen method " + Metronome.class.getName() + "#opened() is called on "
                                    + Metronome.class.getName() + WHAT_TO_DO)
                    .doesNotContain("'static'", "static twin"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
