package io.quarkiverse.jsonrpc.client.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

/** A raw Uni does not say what to read a result into. */
public class RawUniTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Api.class, BuildFailure.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"api\".url", "http://localhost:1/jsonrpc")
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Api.class.getName()
                            + "#get() returns a raw Uni: give the result type, as in Uni<Integer>"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @RegisterJsonRpcClient(configKey = "api")
    public interface Api {
        @SuppressWarnings("rawtypes")
        @JsonRpc
        Uni get();
    }
}
