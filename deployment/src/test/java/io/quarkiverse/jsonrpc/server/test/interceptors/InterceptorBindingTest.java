package io.quarkiverse.jsonrpc.server.test.interceptors;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.test.TransportClients;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/**
 * CDI interceptors bound to a {@code @JsonRpc} method or to its class run around its calls, over both transports, as
 * around any bean method: they see the Java method and its arguments, may change the result, and may inject the
 * {@link JsonRpcContext} of the call.
 */
public class InterceptorBindingTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Bracketed.class, BracketInterceptor.class, Greeter.class,
                    LaterGreeter.class, TransportClients.class));

    static final List<String> seen = new CopyOnWriteArrayList<>();

    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.METHOD, ElementType.TYPE })
    public @interface Bracketed {
    }

    /** Puts a result in brackets, a {@code Uni}'s item included, and notes which call it intercepted. */
    @Bracketed
    @Interceptor
    @Priority(Interceptor.Priority.APPLICATION)
    public static class BracketInterceptor {

        @Inject
        JsonRpcContext call;

        @AroundInvoke
        Object bracket(InvocationContext invocation) throws Exception {
            seen.add(invocation.getMethod().getName() + List.of(invocation.getParameters()) + " as " + call.method()
                    + " over " + call.transport());
            Object result = invocation.proceed();
            if (result instanceof Uni<?> uni) {
                return uni.map(item -> "[" + item + "]");
            }
            return "[" + result + "]";
        }
    }

    /** Bound on one method. */
    public static class Greeter {
        @Bracketed
        @JsonRpc
        public String hello(String name) {
            return "Hello " + name;
        }

        @JsonRpc
        public String plain(String name) {
            return "Hello " + name;
        }
    }

    /** Bound on the class: every method. */
    @Bracketed
    public static class LaterGreeter {
        @JsonRpc("later")
        public Uni<String> helloLater(String name) {
            return Uni.createFrom().item("Hello " + name);
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @BeforeEach
    void clear() {
        seen.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void anInterceptorBoundToAMethodOrItsClassRunsAroundTheCall(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, uri)) {
            assertThat(client.call(String.class, "hello", "ada")).isEqualTo("[Hello ada]");
            assertThat(client.call(String.class, "later", "bob")).isEqualTo("[Hello bob]");
            assertThat(client.call(String.class, "plain", "cy")).isEqualTo("Hello cy");
        }
        assertThat(seen).containsExactly(
                "hello[ada] as hello over " + transport,
                "helloLater[bob] as later over " + transport);
    }
}
