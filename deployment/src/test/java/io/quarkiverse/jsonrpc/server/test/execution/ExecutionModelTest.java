package io.quarkiverse.jsonrpc.server.test.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.common.annotation.RunOnVirtualThread;
import io.smallrye.mutiny.Uni;

/**
 * Where a method runs follows its signature, as in Quarkus REST and websockets-next, and its annotations override it;
 * the same over both transports. Each rule is a method of one application, which reports the thread it ran on.
 */
public class ExecutionModelTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Methods.class, BlockingClass.class, ThreadInfo.class));

    public static class Methods {
        @JsonRpc
        public ThreadInfo plain() {
            return ThreadInfo.current();
        }

        @JsonRpc
        public Uni<ThreadInfo> uni() {
            return Uni.createFrom().item(ThreadInfo.current());
        }

        @JsonRpc
        public CompletionStage<ThreadInfo> completionStage() {
            return CompletableFuture.completedFuture(ThreadInfo.current());
        }

        @JsonRpc
        @NonBlocking
        public ThreadInfo nonBlockingPlain() {
            return ThreadInfo.current();
        }

        @JsonRpc
        @Blocking
        public Uni<ThreadInfo> blockingUni() {
            return Uni.createFrom().item(ThreadInfo.current());
        }

        @JsonRpc
        @RunOnVirtualThread
        public ThreadInfo virtual() {
            return ThreadInfo.current();
        }
    }

    @Blocking
    public static class BlockingClass {
        @JsonRpc
        public Uni<ThreadInfo> inherited() {
            return Uni.createFrom().item(ThreadInfo.current());
        }

        @JsonRpc
        @NonBlocking
        public Uni<ThreadInfo> overridden() {
            return Uni.createFrom().item(ThreadInfo.current());
        }
    }

    /** Where a method ran: {@code WORKER} may block, {@code EVENT_LOOP} must not, {@code VIRTUAL} is a virtual thread. */
    enum Where {
        WORKER,
        EVENT_LOOP,
        /** Before Java 21, where there are none, Quarkus falls back to a worker thread: never the event loop. */
        VIRTUAL
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    // the rules as text: QuarkusUnitTest loads the test class anew, so arguments of its own types would not match
    @ParameterizedTest(name = "{2}")
    @CsvSource({
            "plain,            WORKER,     a method returning a plain value may block",
            "uni,              EVENT_LOOP, a method returning Uni must not block",
            "completionStage,  EVENT_LOOP, a method returning CompletionStage must not block",
            "nonBlockingPlain, EVENT_LOOP, @NonBlocking keeps a plain method on the event loop",
            "blockingUni,      WORKER,     @Blocking sends a Uni method to a worker",
            "virtual,          VIRTUAL,    @RunOnVirtualThread never runs on the event loop",
            "inherited,        WORKER,     @Blocking on the class applies to its methods",
            "overridden,       EVENT_LOOP, the method's own annotation wins over the class's",
    })
    void aMethodRunsWhereItsSignatureAndAnnotationsSay(String method, String where, String rule) {
        for (JsonRpcTransport transport : JsonRpcTransport.values()) {
            ThreadInfo ran;
            try (JsonRpcTestClient client = transport == JsonRpcTransport.HTTP ? JsonRpcTestClient.http(uri)
                    : JsonRpcTestClient.ws(uri)) {
                ran = client.call(ThreadInfo.class, method);
            }
            assertRanOn(Where.valueOf(where), ran);
        }
    }

    private static void assertRanOn(Where where, ThreadInfo ran) {
        switch (where) {
            case WORKER -> {
                assertThat(ran.eventLoop()).as(ran.name()).isFalse();
                assertThat(ran.blockingAllowed()).as(ran.name()).isTrue();
                assertThat(ran.name()).startsWith("executor-thread-");
            }
            case EVENT_LOOP -> {
                assertThat(ran.eventLoop()).as(ran.name()).isTrue();
                assertThat(ran.blockingAllowed()).as(ran.name()).isFalse();
                assertThat(ran.name()).startsWith("vert.x-eventloop-thread-");
            }
            case VIRTUAL -> {
                assertThat(ran.eventLoop()).as(ran.name()).isFalse();
                assertThat(ran.blockingAllowed()).as(ran.name()).isTrue();
                assertThat(ran.virtual()).isEqualTo(Runtime.version().feature() >= 21);
            }
        }
    }
}
