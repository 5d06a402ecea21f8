package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Multi;

/**
 * A {@code Future} can only be waited on, blocking: it is not a result the server can send. A publisher is a stream,
 * which the server sends as a subscription from a {@code Multi}: the message says so.
 */
public class UnsendableResultTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Legacy.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Legacy.class.getName()
                            + "#compute() returns java.util.concurrent.Future<java.lang.String>,"
                            + " which cannot be sent as a result: return a value, a Uni or a CompletionStage",
                            "@JsonRpc method " + Legacy.class.getName()
                                    + "#ticks() returns java.util.concurrent.Flow.Publisher<java.lang.Integer>,"
                                    + " which cannot be sent as a result: return a Multi for a stream of items (a"
                                    + " subscription; Multi.createFrom().publisher(...) adapts a publisher), or a"
                                    + " value, a Uni or a CompletionStage"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class Legacy {
        @JsonRpc
        public Future<String> compute() {
            return CompletableFuture.completedFuture("");
        }

        @JsonRpc
        public Flow.Publisher<Integer> ticks() {
            return Multi.createFrom().items(1, 2);
        }
    }
}
