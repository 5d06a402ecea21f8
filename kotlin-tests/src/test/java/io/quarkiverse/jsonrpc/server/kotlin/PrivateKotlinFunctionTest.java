package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.kotlin.privatefun.Hidden;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A private Kotlin function with {@code @JsonRpc} fails the build with what a Kotlin developer can do: Kotlin has no
 * package-private, the visibility a Java developer is told to choose.
 */
public class PrivateKotlinFunctionTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addPackage(Hidden.class.getPackage()))
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains("@JsonRpc method "
                    + Hidden.class.getName() + "#secret() is private: remove 'private', or make it 'internal' (a Kotlin"
                    + " function cannot be package-private)"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
