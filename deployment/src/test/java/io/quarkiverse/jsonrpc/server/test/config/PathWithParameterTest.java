package io.quarkiverse.jsonrpc.server.test.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A path parameter in an endpoint's path would be read by websockets-next ({@code {tenant}}) and not by the HTTP
 * route: the build fails, and says what to do instead.
 */
public class PathWithParameterTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class, BuildFailure.class))
            .overrideConfigKey("quarkus.jsonrpc-server.websocket.path", "/tenants/{tenant}/jsonrpc")
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains(
                    "quarkus.jsonrpc-server.websocket.path=/tenants/{tenant}/jsonrpc: '{' cannot be in the path, which"
                            + " is served as written: the endpoint has one path, without path parameters or wildcards"
                            + " (send what varies in a header or in the params)"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
