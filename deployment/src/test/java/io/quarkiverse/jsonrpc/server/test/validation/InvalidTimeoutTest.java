package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** A {@code @JsonRpc(timeout)} that is not a positive duration fails the build, saying how to write one. */
public class InvalidTimeoutTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Slow.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Slow.class.getName() + "#wait(int) has timeout \"soon\", which is"
                            + " not a positive duration: write it as \"5s\", \"250ms\" or \"PT1M\"")
                    .contains("@JsonRpc method " + Slow.class.getName() + "#never() has timeout \"0s\", which is"
                            + " not a positive duration")
                    // counted in milliseconds, it was 0: no timeout at all
                    .contains("@JsonRpc method " + Slow.class.getName() + "#instant() has timeout \"PT0.0005S\", under"
                            + " 1ms, the finest a timeout counts: write at least \"1ms\""));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class Slow {
        @JsonRpc(timeout = "soon")
        public int wait(int seconds) {
            return seconds;
        }

        @JsonRpc(timeout = "0s")
        public void never() {
        }

        @JsonRpc(timeout = "PT0.0005S")
        public void instant() {
        }
    }
}
