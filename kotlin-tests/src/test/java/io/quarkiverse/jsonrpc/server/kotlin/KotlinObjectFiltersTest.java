package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.kotlin.objectfilters.Gate;
import io.quarkiverse.jsonrpc.server.kotlin.objectfilters.Guard;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A {@code JsonRpcFilter} declared as a Kotlin {@code object} fails the build, saying to declare a class: without a
 * bean-defining annotation the extension makes no bean of it, and it never ran; with one, it ran on ArC's second
 * instance, not on the object.
 */
public class KotlinObjectFiltersTest {

    private static final String WHAT_TO_DO = " is a Kotlin object, whose one instance is no bean (ArC would construct"
            + " another, into which it injects nothing): declare it a class, which becomes a @Singleton bean, one"
            + " instance of it";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addPackage(Gate.class.getPackage()))
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains(
                    "JsonRpcFilter " + Gate.class.getName() + WHAT_TO_DO,
                    "JsonRpcFilter " + Guard.class.getName() + WHAT_TO_DO));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
