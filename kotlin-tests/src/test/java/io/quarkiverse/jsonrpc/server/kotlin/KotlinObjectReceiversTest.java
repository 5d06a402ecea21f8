package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.kotlin.receivers.Bulletins;
import io.quarkiverse.jsonrpc.server.kotlin.receivers.Headlines;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A typed client's {@code @OnJsonRpcNotification} function declared in a Kotlin {@code object} fails the build, as
 * the server's functions do (see {@link KotlinObjectsTest}): with a bean-defining annotation or without, its bean is
 * a second instance, which received the notifications in place of the object.
 */
public class KotlinObjectReceiversTest {

    private static final String WHAT_TO_DO = ", a Kotlin object, whose one instance is no bean (ArC would construct"
            + " another, into which it injects nothing): declare it a class, which becomes a @Singleton bean, one"
            + " instance of it";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addPackage(Headlines.class.getPackage()))
            // the client's receivers need its URL to be a WebSocket's; nothing connects, the build fails first
            .overrideConfigKey("quarkus.jsonrpc-client.\"news\".url", "ws://localhost:1/jsonrpc")
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains(
                    "@OnJsonRpcNotification method " + Headlines.class.getName() + "#headline(java.lang.String)"
                            + " is declared on " + Headlines.class.getName() + WHAT_TO_DO,
                    "@OnJsonRpcNotification method " + Bulletins.class.getName() + "#bulletin(java.lang.String)"
                            + " is declared on " + Bulletins.class.getName() + WHAT_TO_DO));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
