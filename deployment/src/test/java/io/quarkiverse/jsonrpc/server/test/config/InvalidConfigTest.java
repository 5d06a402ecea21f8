package io.quarkiverse.jsonrpc.server.test.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** A timeout of zero would leave every call unanswered: the application does not start, and says why. */
public class InvalidConfigTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Service.class, BuildFailure.class))
            .overrideRuntimeConfigKey("quarkus.jsonrpc-server.timeout", "0")
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains("Invalid JSON-RPC server"
                    + " configuration: quarkus.jsonrpc-server.timeout=0s must be longer than zero (leave it unset for"
                    + " none)"));

    public static class Service {
        @JsonRpc
        public int one() {
            return 1;
        }
    }

    @Test
    void startupFails() {
        fail("The application should not have started");
    }
}
