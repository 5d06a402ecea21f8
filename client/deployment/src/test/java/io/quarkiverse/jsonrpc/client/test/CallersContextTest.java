package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * A caller's answer comes on its own Vert.x context, as two requests of the application (two duplicated contexts of
 * one event loop) see it: over WebSocket too, whose connection the first of them opened, and whose answers arrive on
 * the context it was opened from. Its locals (a request's, the logging context) are not the second caller's.
 */
public class CallersContextTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class));

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Inject
    Vertx vertx;

    @ParameterizedTest
    @ValueSource(strings = { "http", "ws" })
    void eachCallerIsAnsweredOnItsOwnContext(String scheme) throws Exception {
        Calculator calc = JsonRpcClientBuilder.newBuilder().url(scheme + endpoint.toString().substring(4))
                .build(Calculator.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
            Context first = request("first");
            Context second = request("second");
            assertThat(answeredOn(calc, first, c -> c.subtractLater(5, 3))).isEqualTo("first");
            assertThat(answeredOn(calc, second, c -> c.subtractLater(5, 3))).isEqualTo("second");
            assertThat(answeredOn(calc, second, c -> Uni.createFrom().completionStage(() -> c.subtractStage(5, 3))))
                    .isEqualTo("second");
            assertThat(answeredOn(calc, second, c -> c.shout("hello"))).isEqualTo("second");
        }
    }

    /** A subscription's items come on the connection's context, which is no request's, the opener's no more. */
    @Test
    void theConnectionIsNoRequestsContext() throws Exception {
        Calculator calc = JsonRpcClientBuilder.newBuilder().url("ws" + endpoint.toString().substring(4))
                .build(Calculator.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) calc) {
            assertThat(answeredOn(calc, request("first"), c -> c.subtractLater(5, 3))).isEqualTo("first");
            CompletableFuture<String> item = new CompletableFuture<>();
            request("second").runOnContext(ignored -> calc.ticks(1).subscribe().with(
                    tick -> item.complete(requestOf(Vertx.currentContext())), item::completeExceptionally));
            assertThat(item.get(10, TimeUnit.SECONDS)).isEqualTo("an event loop's own");
        }
    }

    /** The request a context is of, if any. */
    private static String requestOf(Context context) {
        if (context == null) {
            return "no context";
        }
        return VertxContext.isDuplicatedContext(context) ? context.getLocal("request") : "an event loop's own";
    }

    /** A request's context: a duplicated context of the event loop, with a local naming the request. */
    private Context request(String name) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        context.putLocal("request", name);
        return context;
    }

    /** The local naming the request on the context the call's callback ran on, called on {@code caller}. */
    private static String answeredOn(Calculator calc, Context caller, Function<Calculator, Uni<?>> call)
            throws Exception {
        CompletableFuture<String> seen = new CompletableFuture<>();
        caller.runOnContext(ignored -> call.apply(calc).subscribe().with(
                answer -> seen.complete(Vertx.currentContext() == caller ? caller.getLocal("request") : "another"),
                seen::completeExceptionally));
        return seen.get(10, TimeUnit.SECONDS);
    }
}
