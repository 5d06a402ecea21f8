package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** A method callable over no transport is a mistake, not a way to disable it. */
public class EmptyTransportsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Unreachable.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains(
                            "@JsonRpc method " + Unreachable.class.getName() + "#ping() has no transports: list at least one in"
                                    + " @JsonRpc(transports = ...), or leave the attribute out for both"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class Unreachable {
        @JsonRpc(transports = {})
        public String ping() {
            return "pong";
        }
    }
}
