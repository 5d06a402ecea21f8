package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Multi;

/** An HTTP response is one message: a stream of items cannot be its result. */
public class MultiResultTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Streaming.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Streaming.class.getName() + "#ticks() returns"
                            + " io.smallrye.mutiny.Multi<java.lang.Long>, a stream,"
                            + " which only a WebSocket can carry: remove HTTP from its transports"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class Streaming {
        @JsonRpc(transports = { JsonRpcTransport.WEBSOCKET, JsonRpcTransport.HTTP })
        public Multi<Long> ticks() {
            return Multi.createFrom().empty();
        }
    }
}
