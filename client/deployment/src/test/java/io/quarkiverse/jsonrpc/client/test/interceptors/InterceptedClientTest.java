package io.quarkiverse.jsonrpc.client.test.interceptors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URL;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.JsonRpcTimeoutException;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.client.test.Calculator;
import io.quarkiverse.jsonrpc.client.test.CalculatorServer;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Annotations for interceptors on a client interface apply to its calls, as on a REST client's: Fault Tolerance's
 * {@code @Retry} and {@code @Fallback}, and the application's own interceptor bindings, on a method or on the type.
 */
public class InterceptedClientTest {

    static final int PORT = SharedTcpRelay.port(InterceptedClientTest.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Flaky.class, FlakyServer.class, Audited.class,
                    AuditInterceptor.class, AuditedCalls.class, Calculator.class, CalculatorServer.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"flaky\".url", "http://localhost:" + PORT + "/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"audited\".url", "ws://localhost:" + PORT + "/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".url", "http://localhost:" + PORT + "/jsonrpc");

    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.METHOD, ElementType.TYPE })
    public @interface Audited {
    }

    /** Notes each call it wraps, by the Java method's name. */
    @Audited
    @Interceptor
    @Priority(Interceptor.Priority.APPLICATION)
    public static class AuditInterceptor {

        static final List<String> audited = new CopyOnWriteArrayList<>();

        @AroundInvoke
        Object audit(InvocationContext invocation) throws Exception {
            audited.add(invocation.getMethod().getName());
            return invocation.proceed();
        }
    }

    /** Fails a key's first calls, as many as asked. */
    public static class FlakyServer {

        static final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

        @JsonRpc
        public String flaky(String key, int failures) {
            int attempt = attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (attempt <= failures) {
                throw new JsonRpcException(-32001, "Not yet: attempt " + attempt);
            }
            return key + " at attempt " + attempt;
        }
    }

    @RegisterJsonRpcClient(configKey = "flaky")
    public interface Flaky {

        @JsonRpc("flaky")
        @Retry(maxRetries = 3, delay = 0, delayUnit = ChronoUnit.MILLIS, retryOn = JsonRpcClientException.class)
        String retried(String key, int failures);

        /** The server's errors end it at once: the annotation's class values reach the bean. */
        @JsonRpc("flaky")
        @Retry(maxRetries = 3, delay = 0, abortOn = { JsonRpcTimeoutException.class, JsonRpcClientException.class })
        String aborted(String key, int failures);

        @JsonRpc("flaky")
        @Retry(maxRetries = 1, delay = 0)
        @Fallback(fallbackMethod = "unavailable")
        String withFallback(String key, int failures);

        @JsonRpc("flaky")
        @Audited
        String audited(String key, int failures);

        @JsonRpc("flaky")
        String once(String key, int failures);

        default String unavailable(String key, int failures) {
            return key + " unavailable";
        }
    }

    /** Every method of the interface, by its type's binding. */
    @RegisterJsonRpcClient(configKey = "audited")
    @Audited
    public interface AuditedCalls {

        @JsonRpc("flaky")
        String first(String key, int failures);

        @JsonRpc("flaky")
        String second(String key, int failures);
    }

    @TestHTTPResource
    URL application;

    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(InterceptedClientTest.class.getName(), application.getPort());
    }

    @Inject
    @JsonRpcClient
    Flaky flaky;

    @Inject
    @JsonRpcClient
    AuditedCalls auditedCalls;

    @Inject
    @JsonRpcClient
    Calculator calc;

    @Test
    void retriedUntilTheServerAnswers() {
        assertThat(flaky.retried("retried", 2)).isEqualTo("retried at attempt 3");
    }

    @Test
    void notRetriedOnWhatAbortsIt() {
        assertThatThrownBy(() -> flaky.aborted("aborted", 1)).isInstanceOf(JsonRpcClientException.class)
                .hasMessageContaining("Not yet: attempt 1");
        assertThat(FlakyServer.attempts.get("aborted")).hasValue(1);
    }

    @Test
    void aFallbackOnceTheRetriesAreSpent() {
        assertThat(flaky.withFallback("fallback", 5)).isEqualTo("fallback unavailable");
        assertThat(FlakyServer.attempts.get("fallback")).hasValue(2);
    }

    @Test
    void aMethodWithoutRetryFailsAtOnce() {
        assertThatThrownBy(() -> flaky.once("once", 1)).isInstanceOf(JsonRpcClientException.class)
                .hasMessageContaining("Not yet: attempt 1");
        assertThat(FlakyServer.attempts.get("once")).hasValue(1);
    }

    @Test
    void theApplicationsInterceptorsOnAMethodAndOnTheType() {
        AuditInterceptor.audited.clear();
        flaky.audited("audited", 0);
        flaky.once("not audited", 0);
        auditedCalls.first("first", 0);
        auditedCalls.second("second", 0);
        assertThat(AuditInterceptor.audited).containsExactly("audited", "first", "second");
    }

    @Test
    void theClientIsStillTheConfiguredOne() {
        JsonRpcClientControl control = (JsonRpcClientControl) flaky;
        assertThat(control.configKey()).isEqualTo("flaky");
        assertThat(control.serverUrl()).hasToString("http://localhost:" + PORT + "/jsonrpc");
        assertThat(flaky).hasToString("JSON-RPC client " + Flaky.class.getName() + " of http://localhost:" + PORT
                + "/jsonrpc");
        // an interface without annotations for interceptors is injected as it is made
        assertThat(calc.subtract(42, 23)).isEqualTo(19);
    }
}
