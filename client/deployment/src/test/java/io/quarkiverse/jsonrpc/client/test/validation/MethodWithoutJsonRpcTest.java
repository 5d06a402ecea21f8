package io.quarkiverse.jsonrpc.client.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNotification;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** Every abstract method of a client interface says what it calls; a notification is a @JsonRpc method too. */
public class MethodWithoutJsonRpcTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Api.class, Caller.class, BuildFailure.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"api\".url", "http://localhost:1/jsonrpc")
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("Method " + Api.class.getName()
                            + "#ping(java.lang.String) of the JSON-RPC client interface has neither @JsonRpc nor @OnJsonRpcNotification: annotate it, or give it a default implementation")
                    .contains("Method " + Api.class.getName()
                            + "#hangUp() has @JsonRpcNotification without @JsonRpc: @JsonRpcNotification marks a @JsonRpc method as one that gets no answer, add @JsonRpc")
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
    }

    /** Injects the refused client: the build reports its problems, not an unsatisfied dependency. */
    @Singleton
    public static class Caller {
        @Inject
        @JsonRpcClient
        Api api;
    }
}
