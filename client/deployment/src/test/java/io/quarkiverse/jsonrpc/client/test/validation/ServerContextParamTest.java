package io.quarkiverse.jsonrpc.client.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A parameter a server method is given by the server (its {@code JsonRpcContext}, the caller's identity): a client
 * cannot send it, and would send it as one more param the server refuses, so the build says so.
 */
public class ServerContextParamTest {

    static final String ADVICE = ", which a server fills in for its own method: a client cannot send it; declare the"
            + " client's method without it (an interface the server implements too cannot be the client's then)";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Greeter.class, BuildFailure.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"greeter\".url", "http://localhost:1/jsonrpc")
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Greeter.class.getName() + "#greet(java.lang.String,"
                            + " io.quarkiverse.jsonrpc.server.JsonRpcContext) has parameter 'context' of type "
                            + JsonRpcContext.class.getName() + ADVICE)
                    .contains("@JsonRpc method " + Greeter.class.getName() + "#whoami(io.quarkus.security.identity"
                            + ".SecurityIdentity) has parameter 'identity' of type " + SecurityIdentity.class.getName()
                            + ADVICE));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @RegisterJsonRpcClient(configKey = "greeter")
    public interface Greeter {
        @JsonRpc
        String greet(String name, JsonRpcContext context);

        @JsonRpc
        String whoami(SecurityIdentity identity);
    }
}
