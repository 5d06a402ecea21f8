package io.quarkiverse.jsonrpc.server.test.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * websockets-next's size limits take a plain number of bytes, unlike Quarkus's HTTP limits: {@code 1M} fails the
 * application's start with a conversion error naming the property, as the transports guide warns.
 */
public class WebSocketSizeWithUnitTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class, BuildFailure.class))
            .overrideRuntimeConfigKey("quarkus.websockets-next.server.max-message-size", "1M")
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("quarkus.websockets-next.server.max-message-size").contains("1M"));

    @Test
    void startupFails() {
        fail("The application should not have started");
    }
}
