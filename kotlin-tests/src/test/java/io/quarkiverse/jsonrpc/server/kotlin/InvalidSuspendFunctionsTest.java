package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.kotlin.invalid.BlockingSuspend;
import io.quarkiverse.jsonrpc.server.kotlin.invalid.ExtensionFunction;
import io.quarkiverse.jsonrpc.server.kotlin.invalid.SuspendHooks;
import io.quarkiverse.jsonrpc.server.kotlin.invalid.SuspendMapper;
import io.quarkiverse.jsonrpc.server.kotlin.invalid.SuspendNotificationClient;
import io.quarkiverse.jsonrpc.server.kotlin.invalid.SuspendReceiver;
import io.quarkiverse.jsonrpc.server.kotlin.invalid.SuspendReturningFlow;
import io.quarkiverse.jsonrpc.server.kotlin.invalid.SuspendStreamClient;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A suspend function runs as a coroutine on the event loop, and returns its one result itself: an execution model
 * annotation on it, or a stream as its result, fails the build, for a method and for a lifecycle hook, which returns
 * nothing, and an exception mapper must give an error; so do a client's suspend function sending a notification,
 * which has no answer to wait for, a client's suspend function returning a stream, and a suspend notification
 * receiver; and an extension function, served or called, whose receiver no param can name. One build reports them
 * all.
 */
public class InvalidSuspendFunctionsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addPackage(BlockingSuspend.class.getPackage()))
            .overrideConfigKey("quarkus.jsonrpc-client.\"log\".url", "http://localhost:1/jsonrpc")
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + BlockingSuspend.class.getName()
                            + "#load(int) is a Kotlin suspend function, which runs as a coroutine on the event loop: remove"
                            + " @Blocking, @NonBlocking or @RunOnVirtualThread, and run blocking code inside it with"
                            + " withContext(Dispatchers.IO) { ... }")
                    .contains("@JsonRpc method " + SuspendReturningFlow.class.getName() + "#items() is a suspend"
                            + " function returning kotlinx.coroutines.flow.Flow<java.lang.Integer>: a suspend function returns its result itself; return a"
                            + " Flow or a Multi from a function that is not suspend")
                    .contains("@JsonRpcNotification method " + SuspendNotificationClient.class.getName()
                            + "#log(java.lang.String) is a suspend function, but a notification gets no answer to"
                            + " suspend for: make it a function that is not suspend, returning Unit")
                    .contains("@OnJsonRpcOpen method " + SuspendHooks.class.getName() + "#greeting() is a suspend"
                            + " function returning java.lang.String: a hook returns nothing, make it return Unit")
                    .contains("@OnJsonRpcClose method " + SuspendHooks.class.getName() + "#cleanUp() is a Kotlin"
                            + " suspend function, which runs as a coroutine on the event loop: remove @Blocking,"
                            + " @NonBlocking or @RunOnVirtualThread, and run blocking code inside it with"
                            + " withContext(Dispatchers.IO) { ... }")
                    .contains("@JsonRpcExceptionMapper method " + SuspendMapper.class.getName()
                            + "#map(java.lang.IllegalStateException) returns java.lang.String: return a JsonRpcException"
                            + " (the error's code, message and data) or a Uni<JsonRpcException>")
                    .contains("@JsonRpc method " + ExtensionFunction.class.getName() + "#shout(java.lang.String) is a"
                            + " Kotlin extension function: its receiver would be a param named $this$shout, a name the"
                            + " source does not give; declare the receiver as a parameter of the function instead")
                    .contains("@JsonRpc method " + SuspendStreamClient.class.getName() + "#items() is a suspend"
                            + " function returning kotlinx.coroutines.flow.Flow<java.lang.Integer>: a suspend function"
                            + " returns its result itself; return a Flow or a Multi from a function that is not suspend")
                    .contains("@JsonRpc method " + SuspendStreamClient.class.getName() + "#shout(java.lang.String) is"
                            + " a Kotlin extension function: its receiver would be a param named $this$shout, a name the"
                            + " source does not give; declare the receiver as a parameter of the function instead")
                    .contains("@OnJsonRpcNotification method " + SuspendReceiver.class.getName()
                            + "#received(java.lang.String) is a Kotlin suspend function, which a receiver cannot be:"
                            + " make it a function that is not suspend, returning Unit, or Uni<Void> for work that"
                            + " completes later"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
