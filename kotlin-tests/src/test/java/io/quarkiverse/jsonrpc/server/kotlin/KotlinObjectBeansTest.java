package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.kotlin.objectbeans.Hall;
import io.quarkiverse.jsonrpc.server.kotlin.objectbeans.Lobby;
import io.quarkiverse.jsonrpc.server.kotlin.objectbeans.Porch;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The hooks and exception mappers of a Kotlin {@code object} that a bean-defining annotation makes a bean fail the
 * build, as its {@code @JsonRpc} functions do (see {@link KotlinObjectsTest}): they would run on ArC's second
 * instance, not on the object. So do those of a companion object, a bean or not, whose advice names no
 * {@code @JsonRpcNamespace}: unlike a {@code @JsonRpc} function's, theirs have no JSON-RPC name.
 */
public class KotlinObjectBeansTest {

    private static final String ON_LOBBY = " is called on " + Lobby.class.getName() + ", a Kotlin object, whose one"
            + " instance is no bean (ArC would construct another, into which it injects nothing): declare it a class,"
            + " which becomes a @Singleton bean, one instance of it";

    private static final String HALL = ", the companion object of " + Hall.class.getName() + ", whose one instance is"
            + " no bean (ArC would construct another): declare it in " + Hall.class.getName() + " itself, which"
            + " becomes a @Singleton bean";

    private static final String PORCH = ", the companion object of " + Porch.class.getName() + ", whose one instance"
            + " is no bean (ArC would construct another): declare it in " + Porch.class.getName() + " itself, which"
            + " becomes a @Singleton bean";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addPackage(Lobby.class.getPackage()))
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains(
                    "@OnJsonRpcOpen method " + Lobby.class.getName() + "#opened()" + ON_LOBBY,
                    "@OnJsonRpcClose method " + Lobby.class.getName() + "#closed()" + ON_LOBBY,
                    "@JsonRpcExceptionMapper method " + Lobby.class.getName()
                            + "#refused(java.lang.IllegalStateException)" + ON_LOBBY,
                    "@OnJsonRpcOpen method " + Hall.Companion.class.getName() + "#opened() is declared on "
                            + Hall.Companion.class.getName() + HALL,
                    "@JsonRpcExceptionMapper method " + Hall.Companion.class.getName()
                            + "#refused(java.lang.IllegalArgumentException) is declared on "
                            + Hall.Companion.class.getName() + HALL,
                    "@OnJsonRpcClose method " + Porch.Companion.class.getName() + "#closed() is called on "
                            + Porch.Companion.class.getName() + PORCH)
                    // each message above ends there: no namespace applies to a hook or a mapper moved to the class
                    .doesNotContain("@JsonRpcNamespace"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
