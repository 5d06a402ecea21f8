package io.quarkiverse.jsonrpc.client.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientHeaders;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** The headers class is made a bean: it must be one the container can make. */
public class AbstractHeadersTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Api.class, Tokens.class, BuildFailure.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"api\".url", "http://localhost:1/jsonrpc")
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@RegisterJsonRpcClient(headers = AbstractHeadersTest.Tokens.class) of "
                            + Api.class.getName() + " names an interface or an abstract class: name a class that"
                            + " implements JsonRpcClientHeaders, which the extension makes a bean"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public abstract static class Tokens implements JsonRpcClientHeaders {
    }

    @RegisterJsonRpcClient(configKey = "api", headers = Tokens.class)
    public interface Api {
        @JsonRpc
        String ping();
    }
}
