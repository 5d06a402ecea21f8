package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.kotlin.clientheaders.Tokens;
import io.quarkiverse.jsonrpc.server.kotlin.clientheaders.VaultClient;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A client's {@code headers} class that is a Kotlin {@code object} fails the build, saying to declare a class: the
 * extension made it a {@code @Singleton} bean, a second instance, whose {@code headers} the client called.
 */
public class KotlinObjectHeadersTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addPackage(Tokens.class.getPackage()))
            .overrideConfigKey("quarkus.jsonrpc-client.\"vault\".url", "http://localhost:1/jsonrpc")
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains(
                    "@RegisterJsonRpcClient(headers = Tokens.class) of " + VaultClient.class.getName() + " names "
                            + Tokens.class.getName() + ", a Kotlin object, whose one instance is no bean (ArC would"
                            + " construct another, into which it injects nothing): declare it a class, which becomes"
                            + " a @Singleton bean, one instance of it"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
