package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** A {@code Future} can only be waited on, blocking: it is not a result the server can send. */
public class FutureResultTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Legacy.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Legacy.class.getName()
                            + "#compute() returns java.util.concurrent.Future<java.lang.String>,"
                            + " which cannot be sent as a result: return a value, a Uni or a CompletionStage"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class Legacy {
        @JsonRpc
        public Future<String> compute() {
            return CompletableFuture.completedFuture("");
        }
    }
}
