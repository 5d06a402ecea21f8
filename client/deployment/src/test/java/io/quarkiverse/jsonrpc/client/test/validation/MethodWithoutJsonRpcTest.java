package io.quarkiverse.jsonrpc.client.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.OnJsonRpcNotification;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNotification;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Multi;

/**
 * Every abstract method of a client interface says what it calls, or which notifications it receives, and not both;
 * a notification is a @JsonRpc method too.
 */
public class MethodWithoutJsonRpcTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Api.class, Caller.class, BuildFailure.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"api\".url", "http://localhost:1/jsonrpc")
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("Method " + Api.class.getName() + "#ping(java.lang.String) of a JSON-RPC client interface"
                            + " has neither @JsonRpc nor @OnJsonRpcNotification: annotate it, or give it a default"
                            + " implementation")
                    .contains("Method " + Api.class.getName() + "#hangUp() of a JSON-RPC client interface has"
                            + " @JsonRpcNotification without @JsonRpc: @JsonRpcNotification marks a @JsonRpc method as"
                            + " one that gets no answer, add @JsonRpc")
                    .contains("Method " + Api.class.getName() + "#chat() of a JSON-RPC client interface has both @JsonRpc"
                            + " and @OnJsonRpcNotification: a client method either calls the server or receives its"
                            + " notifications, keep one")
                    .doesNotContain("Unsatisfied dependency"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @RegisterJsonRpcClient(configKey = "api")
    public interface Api {
        @JsonRpc
        String pong();

        String ping(String text);

        @JsonRpcNotification
        void hangUp();

        @JsonRpc
        @OnJsonRpcNotification("chat.message")
        Multi<String> chat();
    }

    /** Injects the refused client: the build reports its problems, not an unsatisfied dependency. */
    @Singleton
    public static class Caller {
        @Inject
        @JsonRpcClient
        Api api;
    }
}
