package io.quarkiverse.jsonrpc.client.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A per-call timeout is a duration, of at least a millisecond: one under it was counted as 0, which took it for none.
 */
public class InvalidTimeoutTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Api.class, BuildFailure.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"api\".url", "http://localhost:1/jsonrpc")
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Api.class.getName()
                            + "#ping() has timeout \"soon\", which is not a positive duration: write it as \"5s\", \"250ms\" or \"PT1M\"")
                    .contains("@JsonRpc method " + Api.class.getName()
                            + "#pong() has timeout \"PT0.0005S\", under 1ms, the finest a timeout counts: write at least"
                            + " \"1ms\""));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @RegisterJsonRpcClient(configKey = "api")
    public interface Api {
        @JsonRpc(timeout = "soon")
        String ping();

        @JsonRpc(timeout = "PT0.0005S")
        String pong();
    }
}
