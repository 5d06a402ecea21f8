package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.server.kotlin.app.AuditInterceptor;
import io.quarkiverse.jsonrpc.server.kotlin.app.Doorbell;
import io.quarkiverse.jsonrpc.server.kotlin.app.EdgeCases;
import io.quarkiverse.jsonrpc.server.kotlin.app.EdgeCasesClient;
import io.quarkiverse.jsonrpc.server.kotlin.app.EdgeCasesKt;
import io.quarkiverse.jsonrpc.server.kotlin.app.Greetings;
import io.quarkiverse.jsonrpc.server.kotlin.app.GreetingsClient;
import io.quarkiverse.jsonrpc.server.kotlin.app.GreetingsClientKt;
import io.quarkiverse.jsonrpc.server.kotlin.app.MappedErrorsClient;
import io.quarkiverse.jsonrpc.server.kotlin.app.Point;
import io.quarkiverse.jsonrpc.server.kotlin.app.Tally;
import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcSubscription;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import kotlin.Unit;

/**
 * Kotlin suspend functions and a Flow, compiled by kotlinc without {@code javaParameters}, served over both
 * transports: results, Unit, errors, timeouts that cancel the coroutine, the thread and request context a coroutine
 * resumes in, a subscription, a Kotlin interface served by its implementation, nullable params, default values (a
 * {@code @Dependent} bean's and an interface's among them), data classes, the OpenRPC document, a class at an
 * endpoint of its own, and a typed client whose methods are suspend functions. One application for all.
 */
public class KotlinMethodsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            // the package, for the classes kotlinc generates beside each suspend function and lambda
            .withApplicationRoot(jar -> jar.addPackage(Greetings.class.getPackage()))
            // the registered client needs a URL to start; the test builds its clients for the application's port
            .overrideConfigKey("quarkus.jsonrpc-client.\"greetings\".url", "http://localhost:1/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"edges\".url", "http://localhost:1/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"mapped\".url", "http://localhost:1/jsonrpc");

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void suspendFunctionBindsParamsByTheirKotlinNames() {
        try (JsonRpcTestClient http = JsonRpcTestClient.http(endpoint);
                JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint)) {
            for (JsonRpcTestClient client : List.of(http, ws)) {
                assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.greet\","
                        + "\"params\":{\"punctuation\":\"!\",\"name\":\"Ada\"},\"id\":1}"))
                        .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"Hello Ada!\",\"id\":1}");
                assertThat(client.call(String.class, "kt.greet", "Bob", "?")).isEqualTo("Hello Bob?");
            }
        }
    }

    @Test
    void nullableParamsMayBeOmitted() {
        bothTransports(client -> {
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.welcome\","
                    + "\"params\":{\"name\":\"Ada\"},\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"Welcome Ada\",\"id\":1}");
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.welcome\","
                    + "\"params\":[\"Ada\"],\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"Welcome Ada\",\"id\":2}");
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.welcome\","
                    + "\"params\":[\"Ada\",\"Dr\"],\"id\":3}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"Welcome Dr Ada\",\"id\":3}");
            // a parameter of a type without ? is still required
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.welcome\","
                    + "\"params\":{\"title\":\"Dr\"},\"id\":4}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                            + "\"message\":\"Invalid params: missing required parameter 'name'\"},\"id\":4}");
        });
    }

    @Test
    void dataClassesBindThroughTheKotlinModule() {
        bothTransports(client -> {
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.move\","
                    + "\"params\":{\"dx\":3,\"point\":{\"x\":1,\"y\":2}},\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"x\":4,\"y\":2},\"id\":1}");
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.move\","
                    + "\"params\":[{\"x\":-1,\"y\":5},1],\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"x\":0,\"y\":5},\"id\":2}");
        });
    }

    @Test
    void clientSuspendFunctionsAwaitTheAnswer() {
        for (String scheme : List.of("http", "ws")) {
            assertThat(withClient(scheme, GreetingsClientKt::callEachMethod)).containsExactly("Hello Ada!", 3,
                    Unit.INSTANCE, new Point(4, 2), "Bye Ada", Map.of("code", "A-1"), 6, "-32010 Division by zero");
        }
    }

    @Test
    void aClientFunctionWithoutQuestionMarkRefusesNull() {
        String refused = " cannot be read as java.lang.String: the server answered null, and its result type has no ?";
        assertThat(withClient("http", GreetingsClientKt::nicknames)).containsExactly("Countess", null,
                "The result of " + GreetingsClient.class.getName() + "#nicknameOrFail(java.lang.String)" + refused,
                "Countess", null, "Countess",
                "The result of " + GreetingsClient.class.getName() + "#nicknameNowOrFail(java.lang.String)" + refused,
                "The result of " + GreetingsClient.class.getName() + "#nicknameLaterOrFail(java.lang.String)" + refused);
    }

    @Test
    void cancellingAClientSuspendFunctionGivesUpItsCall() {
        assertThat(withClient("ws", GreetingsClientKt::cancelAWaitingCall)).containsExactly("cancelled", "Hello Ada!");
    }

    @Test
    void clientFlowIsASubscriptionOverWebSocket() {
        assertThat(withClient("ws", GreetingsClientKt::collectCountdowns))
                .containsExactly(List.of(3, 2, 1), List.of(5, 4), List.of(2, 1));
    }

    @Test
    void aCancelledCoroutineCleansUpInItsRequestContext() throws InterruptedException, IOException {
        try (LogWatch log = LogWatch.under("")) {
            // its connection closes while it waits
            WebSocketTestConnection ws = WebSocketTestConnection.open(endpoint);
            ws.send("{\"jsonrpc\":\"2.0\",\"method\":\"edge.wait\",\"id\":1}");
            assertThat(EdgeCases.entered.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            ws.close();
            assertThat(EdgeCases.finished.poll(10, TimeUnit.SECONDS)).isEqualTo("same request");
            // its timeout passes
            bothTransports(client -> assertThat(client.exchange(
                    "{\"jsonrpc\":\"2.0\",\"method\":\"edge.waitBriefly\",\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32004,\"message\":\"Call timed out\","
                            + "\"data\":\"The call did not complete within 100 ms\"},\"id\":2}"));
            assertThat(EdgeCases.entered.tryAcquire(2, 10, TimeUnit.SECONDS)).isTrue();
            assertThat(EdgeCases.finished.poll(10, TimeUnit.SECONDS)).isEqualTo("same request");
            assertThat(EdgeCases.finished.poll(10, TimeUnit.SECONDS)).isEqualTo("same request");
            // its HTTP client goes away before the answer
            byte[] request = "{\"jsonrpc\":\"2.0\",\"method\":\"edge.wait\",\"id\":3}".getBytes(StandardCharsets.UTF_8);
            try (Socket http = new Socket(endpoint.getHost(), endpoint.getPort())) {
                http.getOutputStream().write(("POST " + endpoint.getPath() + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + request.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                http.getOutputStream().write(request);
                http.getOutputStream().flush();
                assertThat(EdgeCases.entered.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(EdgeCases.finished.poll(10, TimeUnit.SECONDS)).isEqualTo("same request");
            // a cancelled call is no failure
            assertThat(log.records()).filteredOn(r -> r.getLevel().intValue() > Level.WARNING.intValue())
                    .map(LogWatch::message).isEmpty();
        }
    }

    @Test
    void theRequestContextFollowsTheCoroutineToAnotherDispatcher() {
        bothTransports(client -> assertThat(client.call("edge.offloaded"))
                .hasToString("{\"there\":[\"true\",\"edge.offloaded\"],\"back\":[\"true\",\"edge.offloaded\"]}"));
    }

    @Test
    void aKotlinFilterThatThrowsACheckedExceptionFailsTheCallOnly() {
        String filter = "io.quarkiverse.jsonrpc.server.kotlin.app.DiskFilter";
        bothTransports(client -> {
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"edge.guarded\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32603,\"message\":\"JSON-RPC filter " + filter
                            + " failed: java.io.IOException: disk gone\",\"data\":{\"exception\":"
                            + "\"java.io.IOException\","
                            + "\"message\":\"JSON-RPC filter " + filter + " failed: java.io.IOException: disk gone\"}},"
                            + "\"id\":1}");
            // one a suspend mapper of the method maps refuses the call with its error
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"edge.quota\",\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32013,\"message\":\"Missing\","
                            + "\"data\":\"quota.txt\"},\"id\":2}");
            // the connection serves the next call
            assertThat(client.call(String.class, "kt.greet", "Ada", "!")).isEqualTo("Hello Ada!");
        });
    }

    @Test
    void suspendExceptionMappersMapDeclineAndFail() {
        bothTransports(client -> {
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"edge.open\",\"params\":[\"a.txt\"],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32013,\"message\":\"Missing\","
                            + "\"data\":\"a.txt\"},\"id\":1}");
            // null declines: answered as if no mapper existed
            JsonRpcErrorException declined = client.callForError("edge.unsupported");
            assertThat(declined.code()).isEqualTo(-32603);
            assertThat(declined.message()).isEqualTo("Not here");
            // a mapper that throws (a checked exception, after suspending) is a bug, which the error names
            JsonRpcErrorException broken = client.callForError("edge.compute");
            assertThat(broken.code()).isEqualTo(-32603);
            assertThat(broken.message()).isEqualTo("Exception mapper io.quarkiverse.jsonrpc.server.kotlin.app.EdgeCases#broken"
                    + " failed to map java.lang.ArithmeticException: java.io.IOException: mapper broke");
        });
    }

    @Test
    void aFlowThatFailsEndsItsSubscriptionWithAnError() {
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint)) {
            JsonRpcSubscription runDry = ws.subscribe("edge.runDry");
            assertThat(runDry.next().asInt()).isEqualTo(1);
            JsonRpcErrorException error = runDry.awaitError();
            assertThat(error.code()).isEqualTo(-32012);
            assertThat(error.message()).isEqualTo("Ran dry");
            JsonRpcSubscription breakDown = ws.subscribe("edge.breakDown");
            assertThat(breakDown.next().asInt()).isEqualTo(1);
            error = breakDown.awaitError();
            assertThat(error.code()).isEqualTo(-32603);
            assertThat(error.message()).isEqualTo("disk gone");
            assertThat(ws.call(String.class, "kt.greet", "Ada", "!")).isEqualTo("Hello Ada!");
        }
    }

    @Test
    void aFlowThatNeverEmitsIsCancelledByUnsubscribeOrClose() throws InterruptedException {
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint)) {
            JsonRpcSubscription silence = ws.subscribe("edge.silence");
            assertThat(EdgeCases.silenceStarted.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            assertThat(silence.unsubscribe()).isTrue();
            assertThat(EdgeCases.silenceEnded.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            ws.subscribe("edge.silence");
            assertThat(EdgeCases.silenceStarted.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(EdgeCases.silenceEnded.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
    }

    /** A StateFlow is a subscription as any Flow is: the value it holds first, then each new one. */
    @Test
    void aStateFlowIsASubscription() {
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint)) {
            JsonRpcSubscription level = ws.subscribe("edge.level");
            assertThat(level.next().asInt()).isEqualTo(3);
            EdgeCases.currentLevel.setValue(4);
            assertThat(level.next().asInt()).isEqualTo(4);
            assertThat(level.unsubscribe()).isTrue();
        }
    }

    @Test
    void nullForAParamWithoutQuestionMarkOrDefaultIsInvalid() {
        bothTransports(client -> {
            for (String method : List.of("edge.repeat", "edge.repeatNow")) {
                assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"" + method
                        + "\",\"params\":{\"text\":null,\"times\":2},\"id\":1}"))
                        .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                                + "\"message\":\"Invalid params: parameter 'text' must not be null\"},\"id\":1}");
                assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"" + method
                        + "\",\"params\":[\"a\",null],\"id\":2}"))
                        .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                                + "\"message\":\"Invalid params: parameter 'times' must not be null\"},\"id\":2}");
                assertThat(client.call(String.class, method, "ab", 2)).isEqualTo("abab");
            }
        });
    }

    @Test
    void valueClassesAndDataClassesTakeTheirDefaultValues() {
        bothTransports(client -> {
            assertThat(client.call(String.class, "edge.stamp")).isEqualTo("none null 0,0");
            assertThat(client.callNamed(String.class, "edge.stamp", Map.of("other", "x"))).isEqualTo("none x 0,0");
            assertThat(client.call(String.class, "edge.stamp", "a", null, Map.of("x", 1, "y", 2))).isEqualTo("a null 1,2");
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"edge.stamp\",\"params\":{\"code\":null},\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                            + "\"message\":\"Invalid params: parameter 'code' must not be null\"},\"id\":1}");
            // boxed, in a list and as a suspend function's result: still their underlying values
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"edge.firstCode\","
                    + "\"params\":[[\"a\",\"b\"]],\"id\":2}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"a\",\"id\":2}");
        });
    }

    @Test
    void aClientSuspendFunctionThrowsTheErrorOrItsTimeout() {
        for (String scheme : List.of("http", "ws")) {
            assertThat(withClient(scheme, GreetingsClientKt::divideByZero))
                    .isEqualTo("JsonRpcClientException -32010 Division by zero null");
            List<String> outcome = withClient(scheme, EdgeCasesClient.class, EdgeCasesKt::timeOutACall);
            assertThat(outcome.get(0)).startsWith("JsonRpcTimeoutException: " + EdgeCasesClient.class.getName()
                    + "#never() (edge.never) got no answer from " + scheme + "://").endsWith("/jsonrpc within 0.1s");
            assertThat(outcome.get(1)).isEqualTo("abab");
        }
    }

    /** A Kotlin client interface's mapper, a @JvmStatic function of its companion, maps a suspend function's error. */
    @Test
    void aClientSuspendFunctionThrowsWhatTheInterfacesMapperMakesOfTheError() {
        for (String scheme : List.of("http", "ws")) {
            assertThat(withClient(scheme, MappedErrorsClient.class, EdgeCasesKt::divideByZeroMapped))
                    .isEqualTo("DivisionByZero Division by zero");
        }
    }

    @Test
    void interfaceSuspendFunctionBindsParamsByTheImplementationNames() {
        bothTransports(client -> assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"clock.time\","
                + "\"params\":{\"minutes\":5,\"hours\":9},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"09:05\",\"id\":1}"));
    }

    @Test
    void resumesOnTheEventLoopInTheCallsRequestContext() {
        bothTransports(client -> {
            assertThat(client.call("kt.resumed"))
                    .hasToString("{\"started\":true,\"eventLoop\":true,\"sameRequest\":true}");
        });
    }

    @Test
    void anInternalFunctionIsServedByItsSourceName() {
        bothTransports(client -> assertThat(
                client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.whisper\",\"params\":[\"QUIET\"],\"id\":8}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"quiet\",\"id\":8}"));
    }

    @Test
    void unitAnswersNull() {
        bothTransports(client -> {
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.forget\",\"params\":[\"x\"],\"id\":7}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":7}");
        });
    }

    /** A suspend function returning Nothing?, whose continuation has no type argument, on the server and the client. */
    @Test
    void nothingAnswersNull() {
        bothTransports(client -> {
            for (String method : List.of("edge.nothing", "edge.nothingNow")) {
                assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"id\":7}"))
                        .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":7}");
            }
        });
        for (String scheme : List.of("http", "ws")) {
            assertThat(withClient(scheme, EdgeCasesClient.class, EdgeCasesKt::callNothing)).isNull();
        }
    }

    /** A suspend function's vararg takes the remaining params, or none, as a Java method's varargs do. */
    @Test
    void aSuspendFunctionsVarargTakesTheRemainingParams() {
        bothTransports(client -> {
            assertThat(client.call(int.class, "kt.total", 1, 2, 3)).isEqualTo(6);
            assertThat(client.call(int.class, "kt.total")).isEqualTo(0);
        });
    }

    @Test
    void exceptionsAfterSuspendingAreErrors() {
        bothTransports(client -> {
            assertThat(client.call(int.class, "kt.divide", 7, 2)).isEqualTo(3);
            JsonRpcErrorException error = client.callForError("kt.divide", 1, 0);
            assertThat(error.code()).isEqualTo(-32010);
            assertThat(error.message()).isEqualTo("Division by zero");
        });
    }

    @Test
    void timeoutCancelsTheCoroutine() throws InterruptedException {
        bothTransports(client -> {
            JsonRpcErrorException error = client.callForError("kt.hang");
            assertThat(error.code()).isEqualTo(-32004);
            assertThat(error.message()).isEqualTo("Call timed out");
            assertThat(error.data().asText()).isEqualTo("The call did not complete within 100 ms");
        });
        assertThat(Greetings.cancelled.tryAcquire(2, 10, TimeUnit.SECONDS)).isTrue();
    }

    /** Made and collected on the event loop, and collected in the request context of the call that made it. */
    @Test
    void aFlowIsMadeAndCollectedOnTheEventLoopInItsCallsRequestContext() {
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint)) {
            assertThat(ws.subscribe("kt.placed").awaitItems()).map(JsonNode::asBoolean)
                    .containsExactly(true, true, true, true);
        }
    }

    @Test
    void flowIsASubscriptionOverWebSocket() {
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint)) {
            assertThat(ws.subscribe("kt.countdown", 2).awaitItems()).map(JsonNode::asInt).containsExactly(2, 1);
            // its default value
            assertThat(ws.subscribe("kt.countdown").awaitItems()).map(JsonNode::asInt).containsExactly(3, 2, 1);
        }
        try (JsonRpcTestClient http = JsonRpcTestClient.http(endpoint)) {
            JsonRpcErrorException error = http.callForError("kt.countdown", 3);
            assertThat(error.code()).isEqualTo(-32601);
            assertThat(error.data().asText()).isEqualTo("Method 'kt.countdown' is not served over HTTP");
        }
    }

    @Test
    void defaultValuesApplyWhereParamsAreOmitted() {
        bothTransports(client -> {
            // positional: the params after the last given take their default values
            assertThat(client.call(String.class, "kt.introduce", "Ada")).isEqualTo("Dr Ada!");
            assertThat(client.call(String.class, "kt.introduce", "Ada", "Prof", 2)).isEqualTo("Prof Ada, Prof Ada!");
            // named: any of them, a primitive included
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.introduce\","
                    + "\"params\":{\"times\":2,\"name\":\"Ada\"},\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"Dr Ada, Dr Ada!\",\"id\":1}");
            // null given to a param of a nullable type is null, not its default value
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.introduce\","
                    + "\"params\":{\"name\":\"Ada\",\"note\":null},\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"Dr Ada\",\"id\":2}");
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.introduce\","
                    + "\"params\":{\"name\":\"Ada\",\"times\":null},\"id\":3}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                            + "\"message\":\"Invalid params: parameter 'times' must not be null\"},\"id\":3}");
            // and so is null given to a param whose type has no ?, which Kotlin itself refuses as the method starts
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.introduce\","
                    + "\"params\":{\"name\":\"Ada\",\"title\":null},\"id\":5}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                            + "\"message\":\"Invalid params: parameter 'title' must not be null\"},\"id\":5}");
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.introduce\","
                    + "\"params\":[null],\"id\":6}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                            + "\"message\":\"Invalid params: parameter 'name' must not be null\"},\"id\":6}");
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.move\","
                    + "\"params\":[null, 1],\"id\":7}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                            + "\"message\":\"Invalid params: parameter 'point' must not be null\"},\"id\":7}");
            // a param without a default value is still required
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.introduce\","
                    + "\"params\":{\"title\":\"Dr\"},\"id\":4}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                            + "\"message\":\"Invalid params: missing required parameter 'name'\"},\"id\":4}");
            // a suspend function's, a long among them
            assertThat(client.call(String.class, "kt.farewell", "Ada")).isEqualTo("Goodbye Goodbye Ada");
            assertThat(client.call(String.class, "kt.farewell", "Ada", "Bye")).isEqualTo("Bye Bye Ada");
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.farewell\","
                    + "\"params\":{\"name\":\"Ada\",\"times\":3},\"id\":5}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"Goodbye Goodbye Goodbye Ada\",\"id\":5}");
        });
    }

    @Test
    void anInterfacesDefaultValuesApplyToItsImplementation() {
        bothTransports(client -> {
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"rounding.round\",\"params\":[1.255],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1.26,\"id\":1}");
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"rounding.round\",\"params\":[1.255,1],\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1.3,\"id\":2}");
        });
    }

    /** So they do where the implementation's function is the one served, with its own @JsonRpc: it inherits them. */
    @Test
    void anOverridingFunctionServedItselfTakesTheDefaultValuesItInherits() {
        bothTransports(client -> {
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"truncating.truncate\",\"params\":[1.99],"
                    + "\"id\":1}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":1}");
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"truncating.truncate\",\"params\":[1.99,1],"
                    + "\"id\":2}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1.9,\"id\":2}");
        });
    }

    @Test
    void aDependentBeanIsDestroyedAfterACallWithDefaultValues() {
        try (JsonRpcTestClient http = JsonRpcTestClient.http(endpoint)) {
            int before = Tally.destroyed.get();
            assertThat(http.call(Integer.class, "tally.add", 1)).isEqualTo(11);
            assertThat(http.call(Integer.class, "tally.add", 1, 2)).isEqualTo(3);
            assertThat(http.call(Integer.class, "tally.addLater", 1)).isEqualTo(101);
            assertThat(http.call(Integer.class, "tally.addLater", 1, 2)).isEqualTo(3);
            // one instance for each call, each destroyed before its answer was sent, not while it ran
            assertThat(Tally.destroyed.get() - before).isEqualTo(4);
            // a suspend mapper's instance too: the method's, then its own
            JsonRpcErrorException error = http.callForError("tally.subtractBelowZero", 1, 2);
            assertThat(error.code()).isEqualTo(-32012);
            assertThat(error.data().asText()).isEqualTo("1 - 2");
            assertThat(Tally.destroyed.get() - before).isEqualTo(6);
        }
    }

    /** A Flow's @Dependent instance lives until the subscription ends, and is destroyed then. */
    @Test
    void aDependentBeanOfAFlowLivesAsLongAsItsSubscription() {
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint)) {
            int before = Tally.destroyed.get();
            assertThat(ws.subscribe("tally.upTo", 3).awaitItems()).map(JsonNode::asInt).containsExactly(1, 2, 3);
            // destroyed as the stream ended, before its end was sent
            assertThat(Tally.destroyed.get() - before).isEqualTo(1);
        }
    }

    @Test
    void anInterceptedOpenSuspendFunctionIsServedThroughItsInterceptor() {
        try (JsonRpcTestClient http = JsonRpcTestClient.http(endpoint)) {
            int before = AuditInterceptor.audited.get();
            assertThat(http.call(Integer.class, "ledger.credit", 41)).isEqualTo(42);
            assertThat(AuditInterceptor.audited.get() - before).isEqualTo(1);
        }
    }

    @Test
    void suspendExceptionMapperGivesTheError() {
        bothTransports(client -> {
            JsonRpcErrorException error = client.callForError("kt.find", 7);
            assertThat(error.code()).isEqualTo(-32011);
            assertThat(error.message()).isEqualTo("Not found");
            assertThat(error.data().asText()).isEqualTo("item 7");
        });
    }

    @Test
    void suspendLifecycleHooksRunAroundAConnection() throws InterruptedException {
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint)) {
            // the call waited for the open hook
            assertThat(ws.call(String.class, "bell.rang")).isEqualTo("yes");
            ws.call("bell.sign", "ada");
        }
        assertThat(Doorbell.signed.poll(10, TimeUnit.SECONDS)).isEqualTo("ada");
        WebSocketTestConnection turnedAway = WebSocketTestConnection.open(endpoint, Map.of("X-Reject", "Not now"));
        assertThat(turnedAway.awaitClose()).isEqualTo(new CloseStatus(1008, "Not now"));
    }

    @Test
    void aDataClassIsReadAsItsOpenRpcSchemaSays() {
        bothTransports(client -> {
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.register\",\"params\":[{"
                    + "\"customer_name\":\"Ada\",\"title\":\"Dr\"}],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"customer_name\":\"Ada\",\"title\":\"Dr\",\"isActive\":true,"
                            + "\"note\":null,\"tags\":[]},\"id\":1}");
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.register\",\"params\":[{"
                    + "\"customer_name\":\"Ada\",\"title\":\" \"}],\"id\":2}"))
                    .contains("\"code\":-32602").contains("'customer.title' must not be blank");
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.register\",\"params\":[{"
                    + "\"title\":\"Dr\"}],\"id\":3}"))
                    .contains("\"code\":-32602").contains("'customer.customer_name' is missing");
        });
    }

    @Test
    void aDataClassWithAValueClassPropertyIsReadAsItsOpenRpcSchemaSays() {
        bothTransports(client -> {
            assertThat(client.call(String.class, "edge.untag", Map.of("code", "a"))).isEqualTo("a");
            // required, as the schema says
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"edge.untag\",\"params\":[{}],\"id\":1}"))
                    .contains("\"code\":-32602").contains("'tag.code' is missing");
        });
    }

    @Test
    void aSealedClassIsReadByItsName() {
        bothTransports(client -> assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.size\","
                + "\"params\":[{\"kind\":\"line\",\"length\":3}],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}"));
    }

    /**
     * An Int property without ? and without a default value is required, as the OpenRPC document says, wherever the
     * data class is: jackson-module-kotlin would take 0 for it.
     */
    @Test
    void aPrimitivePropertyLeftOutOfADataClassIsInvalid() {
        bothTransports(client -> {
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.move\","
                    + "\"params\":{\"point\":{\"x\":1},\"dx\":3},\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                            + "\"message\":\"Invalid params: 'point.y' is missing\"},\"id\":1}");
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"edge.farthest\","
                    + "\"params\":[[{\"x\":1,\"y\":2},{\"y\":5}]],\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                            + "\"message\":\"Invalid params: 'points[1].x' is missing\"},\"id\":2}");
            // a subclass of a sealed class, which only its type id names
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.size\","
                    + "\"params\":[{\"kind\":\"line\"}],\"id\":3}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                            + "\"message\":\"Invalid params: 'figure.length' is missing\"},\"id\":3}");
            // given, they are read as ever; a property with a default value still takes it
            assertThat(client.call(String.class, "edge.farthest", List.of(Map.of("x", 1, "y", 2), Map.of("x", 3, "y", 4))))
                    .isEqualTo("3,4");
            assertThat(client.callNamed(String.class, "edge.stamp", Map.of("point", Map.of("x", 1, "y", 2))))
                    .isEqualTo("none null 1,2");
        });
    }

    @Test
    void nullForADataClassPropertyWithoutAQuestionMarkIsInvalid() {
        bothTransports(client -> assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"kt.shout\","
                + "\"params\":{\"note\":{\"text\":null}},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                        + "\"message\":\"Invalid params: 'note.text' must not be null\"},\"id\":1}"));
    }

    @Test
    void openRpcDocumentShowsWhatTheKotlinSourceSays() {
        try (JsonRpcTestClient http = JsonRpcTestClient.http(endpoint)) {
            JsonNode document = http.call("rpc.discover");
            JsonNode methods = document.get("methods");
            Map<String, JsonNode> byName = new TreeMap<>();
            methods.forEach(method -> byName.put(method.get("name").asText(), method));
            assertThat(byName).containsOnlyKeys("bell.rang", "bell.sign", "clock.time",
                    "edge.breakDown", "edge.compute", "edge.farthest", "edge.firstCode", "edge.guarded", "edge.level",
                    "edge.never",
                    "edge.nothing", "edge.nothingNow",
                    "edge.offloaded",
                    "edge.open", "edge.quota",
                    "edge.repeat", "edge.repeatNow", "edge.runDry", "edge.silence", "edge.stamp", "edge.unsupported",
                    "edge.untag",
                    "edge.wait", "edge.waitBriefly", "kt.countdown", "kt.divide",
                    "kt.enter", "kt.farewell", "kt.find", "kt.forget", "kt.gated", "kt.greet", "kt.hang", "kt.introduce",
                    "kt.label",
                    "kt.move", "kt.nickname", "kt.nicknameLater", "kt.placed",
                    "kt.register", "kt.resumed", "kt.shout", "kt.size", "kt.total", "kt.welcome", "ledger.credit",
                    "rounding.round",
                    "tally.add",
                    "tally.addLater", "tally.subtractBelowZero", "tally.upTo", "truncating.truncate", "kt.whisper");
            // no continuation among the params, and the result the function declares, not Object
            assertThat(byName.get("kt.greet").get("params").findValuesAsText("name"))
                    .containsExactly("name", "punctuation");
            assertThat(byName.get("kt.greet").get("result").get("schema")).hasToString("{\"type\":\"string\"}");
            // @Throws is the throws clause Kotlin has not
            assertThat(byName.get("kt.enter").get("errors")).hasToString("[{\"code\":1010,\"message\":\"Closed\"}]");
            // a suspend function's ? is in Kotlin's metadata
            assertThat(byName.get("kt.nickname").get("result").get("schema"))
                    .hasToString("{\"type\":[\"string\",\"null\"]}");
            // so is the ? of a Uni's type argument
            assertThat(byName.get("kt.nicknameLater").get("result").get("schema"))
                    .hasToString("{\"type\":[\"string\",\"null\"]}");
            // a nullable type: not required, and null is fine
            assertThat(byName.get("kt.welcome").get("params").findValuesAsText("required"))
                    .containsExactly("true", "false");
            assertThat(byName.get("kt.welcome").get("params").get(1).get("schema"))
                    .hasToString("{\"type\":[\"string\",\"null\"]}");
            // a param with a default value: not required; null is fine only where its type has ?
            assertThat(byName.get("kt.introduce").get("params").findValuesAsText("required"))
                    .containsExactly("true", "false", "false", "false");
            assertThat(byName.get("kt.introduce").get("params").get(1).get("schema"))
                    .hasToString("{\"type\":\"string\"}");
            assertThat(byName.get("kt.introduce").get("params").get(3).get("schema"))
                    .hasToString("{\"type\":[\"string\",\"null\"]}");
            // a data class: one schema of its properties, which param and result refer to
            assertThat(byName.get("kt.move").get("params").get(0).get("schema"))
                    .hasToString("{\"$ref\":\"#/components/schemas/Point\"}");
            assertThat(byName.get("kt.move").get("result").get("schema"))
                    .hasToString("{\"$ref\":\"#/components/schemas/Point\"}");
            assertThat(document.get("components").get("schemas").get("Point").get("properties").fieldNames())
                    .toIterable().containsExactlyInAnyOrder("x", "y");
            // a data class as jackson-module-kotlin reads it: its constructor's properties, named as in the source or
            // by @JsonProperty, required where the type has no ? and no default, with the field's constraints
            JsonNode customer = document.get("components").get("schemas").get("Customer");
            assertThat(customer.get("properties").fieldNames()).toIterable()
                    .containsExactly("customer_name", "title", "isActive", "note", "tags");
            assertThat(customer.get("required")).hasToString("[\"customer_name\",\"title\"]");
            assertThat(customer.get("properties").get("title").get("minLength").asInt()).isEqualTo(1);
            assertThat(customer.get("properties").get("note")).hasToString("{\"type\":[\"string\",\"null\"]}");
            // a sealed class read by a name: one of the subclasses it permits
            assertThat(document.at("/components/schemas/Figure/oneOf").findValuesAsText("const"))
                    .containsExactly("dot", "line");
            // a value class: the names the source gave, not the JVM's mangled ones
            assertThat(document.get("components").get("schemas").get("Tag").get("properties").fieldNames())
                    .toIterable().containsExactly("code");
            // its constructor, which kotlinc makes private beside a synthetic public one, is still the one read
            assertThat(document.at("/components/schemas/Tag/required")).hasToString("[\"code\"]");
            // where the JVM boxes a value class, in a List or as a suspend function's result, it is its underlying
            // value still, as jackson-module-kotlin writes and reads it
            assertThat(byName.get("edge.firstCode").get("params").get(0).get("schema"))
                    .hasToString("{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Code\"}}");
            assertThat(byName.get("edge.firstCode").get("result").get("schema"))
                    .hasToString("{\"$ref\":\"#/components/schemas/Code\"}");
            assertThat(document.at("/components/schemas/Code")).hasToString("{\"type\":\"string\"}");
            assertThat(byName.get("edge.nothing").get("result").get("schema")).hasToString("{\"type\":\"null\"}");
            assertThat(byName.get("kt.countdown").get("x-subscription").get("items").get("type").asText())
                    .isEqualTo("integer");
        }
    }

    /** What the calls return, made with a typed client of the application over {@code http} or {@code ws}. */
    private <T> T withClient(String scheme, Function<GreetingsClient, T> calls) {
        return withClient(scheme, GreetingsClient.class, calls);
    }

    /** What the calls return, made with a typed client of the application over {@code http} or {@code ws}. */
    private <C, T> T withClient(String scheme, Class<C> clientInterface, Function<C, T> calls) {
        C client = JsonRpcClientBuilder.newBuilder()
                .url(scheme + endpoint.toString().substring(endpoint.getScheme().length())).build(clientInterface);
        try {
            return calls.apply(client);
        } finally {
            ((JsonRpcClientControl) client).close();
        }
    }

    /** A Kotlin class with {@code @JsonRpcEndpoint}: served at its path, with its path parameter, and only there. */
    @Test
    void aKotlinClassAtAnEndpointOfItsOwn() {
        URI acme = endpoint.resolve("/tenants/acme");
        for (JsonRpcTestClient client : List.of(JsonRpcTestClient.http(acme), JsonRpcTestClient.ws(acme))) {
            try (client) {
                assertThat(client.call(String.class, "tenant")).isEqualTo("Hello, acme");
                assertThat(client.call(String.class, "tenant", "Hi")).isEqualTo("Hi, acme");
            }
        }
        bothTransports(client -> assertThat(client.callForError("tenant").code()).isEqualTo(-32601));
    }

    private void bothTransports(Consumer<JsonRpcTestClient> calls) {
        try (JsonRpcTestClient http = JsonRpcTestClient.http(endpoint)) {
            calls.accept(http);
        }
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint)) {
            calls.accept(ws);
        }
    }
}
