package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.kotlin.objectbeans.Lobby;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The hooks and exception mappers of a Kotlin {@code object} that a bean-defining annotation makes a bean fail the
 * build, as its {@code @JsonRpc} functions do (see {@link KotlinObjectsTest}): they would run on ArC's second
 * instance, not on the object.
 */
public class KotlinObjectBeansTest {

    private static final String ON_LOBBY = " is called on " + Lobby.class.getName() + ", a Kotlin object, whose one"
            + " instance is no bean (ArC would construct another, into which it injects nothing): declare it a class,"
            + " which becomes a @Singleton bean, one instance of it";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addPackage(Lobby.class.getPackage()))
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains(
                    "@OnJsonRpcOpen method " + Lobby.class.getName() + "#opened()" + ON_LOBBY,
                    "@OnJsonRpcClose method " + Lobby.class.getName() + "#closed()" + ON_LOBBY,
                    "@JsonRpcExceptionMapper method " + Lobby.class.getName()
                            + "#refused(java.lang.IllegalStateException)" + ON_LOBBY));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
