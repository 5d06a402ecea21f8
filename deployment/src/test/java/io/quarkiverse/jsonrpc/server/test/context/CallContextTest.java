package io.quarkiverse.jsonrpc.server.test.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.test.TransportClients;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;

/**
 * What a method is given about the call it serves:
 * <ul>
 * <li>over HTTP the {@code JsonRpcContext} describes the request: its headers, no connection, and user data that lives
 * as long as the request;</li>
 * <li>a {@code SecurityIdentity} parameter is filled, never bound from params; without a security extension the
 * caller is anonymous;</li>
 * <li>a {@code WebSocketConnection} parameter is the connection the call arrived on; {@code null} over HTTP;</li>
 * <li>each call runs in a request context of its own: a {@code @RequestScoped} bean starts fresh, and stays usable
 * until an asynchronous result completes;</li>
 * <li>CDI interceptors bound to a method or to its class run around its calls, over both transports, and may inject
 * the {@link JsonRpcContext} of the call.</li>
 * </ul>
 * One application for all: the default configuration, no lifecycle hook, filter or listener, interceptors bound to
 * their own beans only, and the methods' names never meet; each bean keeps its state per request, and what the
 * interceptor notes is cleared before each test, so no test sees another's.
 */
public class CallContextTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Introspection.class, CallDescription.class, Whoami.class,
                    Connections.class, CallState.class, Service.class, Bracketed.class, BracketInterceptor.class,
                    Greeter.class, LaterGreeter.class, TransportClients.class));

    @TestHTTPResource("/jsonrpc")
    URI uri;

    // the JsonRpcContext over HTTP

    public static class Introspection {
        @JsonRpc
        public CallDescription describe(String ignored, JsonRpcContext context) {
            return CallDescription.of(context);
        }

        @JsonRpc
        public Object remember(JsonRpcContext context, String value) {
            return context.userData().put("remembered", value);
        }
    }

    @Test
    void describesTheRequest() {
        assertThat(HttpRpc.call("/jsonrpc",
                "{\"jsonrpc\":\"2.0\",\"method\":\"describe\",\"params\":[\"x\"],\"id\":\"abc\"}",
                "X-Trace", "trace-1"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"transport\":\"HTTP\","
                        + "\"method\":\"describe\",\"requestId\":\"abc\",\"notification\":false,\"header\":\"trace-1\","
                        + "\"headerValues\":[\"trace-1\"],\"connection\":false},\"id\":\"abc\"}");
    }

    @Test
    void numericRequestId() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"describe\",\"params\":[\"x\"],\"id\":7}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"transport\":\"HTTP\",\"method\":\"describe\","
                        + "\"requestId\":7,\"notification\":false,\"header\":null,\"headerValues\":[],"
                        + "\"connection\":false},\"id\":7}");
    }

    @Test
    void userDataLivesAsLongAsTheRequest() {
        String remember = "{\"jsonrpc\":\"2.0\",\"method\":\"remember\",\"params\":[\"first\"],\"id\":1}";
        assertThat(HttpRpc.call(remember)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
        assertThat(HttpRpc.call(remember)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
    }

    // a SecurityIdentity parameter

    public static class Whoami {
        @JsonRpc
        public String whoami(SecurityIdentity identity, String greeting, JsonRpcContext context) {
            return greeting + " " + (identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName())
                    + (context.identity() == identity ? " (same in context)" : " (different in context)");
        }
    }

    static final String WHOAMI = "{\"jsonrpc\":\"2.0\",\"method\":\"whoami\",\"params\":[\"hello\"],\"id\":1}";
    static final String ANONYMOUS = "{\"jsonrpc\":\"2.0\",\"result\":\"hello anonymous (same in context)\",\"id\":1}";

    @Test
    void securityIdentityOverHttp() {
        assertThat(HttpRpc.call(WHOAMI)).isEqualTo(ANONYMOUS);
    }

    @Test
    void securityIdentityOverWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(WHOAMI)).isEqualTo(ANONYMOUS);
        }
    }

    // a WebSocketConnection parameter

    public static class Connections {
        @JsonRpc
        public String connection(WebSocketConnection connection, JsonRpcContext context) {
            if (connection == null) {
                return "none";
            }
            return connection.id().equals(context.connection().orElseThrow().id()) && connection.isOpen()
                    ? "open, as in context"
                    : "unexpected";
        }
    }

    static final String CONNECTION = "{\"jsonrpc\":\"2.0\",\"method\":\"connection\",\"id\":1}";

    @Test
    void webSocketConnectionOverWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(CONNECTION))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"open, as in context\",\"id\":1}");
        }
    }

    @Test
    void webSocketConnectionOverHttp() {
        assertThat(HttpRpc.call(CONNECTION)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"none\",\"id\":1}");
    }

    // a @RequestScoped bean per call

    @RequestScoped
    public static class CallState {
        private String value = "fresh";

        /** Returns the value before. */
        public String replace(String value) {
            String before = this.value;
            this.value = value;
            return before;
        }

        public String value() {
            return value;
        }
    }

    public static class Service {
        @Inject
        CallState state;

        @JsonRpc
        public String blocking(String value) {
            return state.replace(value) + "->" + state.value();
        }

        @JsonRpc
        public Uni<String> async(String value) {
            String before = state.replace(value);
            return Uni.createFrom().item(before).onItem().delayIt().by(Duration.ofMillis(20))
                    .map(b -> b + "->" + state.value());
        }
    }

    @Test
    void requestScopedBeanOverHttp() {
        for (int id = 1; id <= 2; id++) {
            assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"blocking\",\"params\":[\"b\"],\"id\":" + id + "}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"fresh->b\",\"id\":" + id + "}");
            assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"async\",\"params\":[\"a\"],\"id\":" + id + "}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"fresh->a\",\"id\":" + id + "}");
        }
    }

    @Test
    void requestScopedBeanOverWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            for (int id = 1; id <= 2; id++) {
                assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"blocking\",\"params\":[\"b\"],\"id\":" + id + "}"))
                        .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"fresh->b\",\"id\":" + id + "}");
                assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"async\",\"params\":[\"a\"],\"id\":" + id + "}"))
                        .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"fresh->a\",\"id\":" + id + "}");
            }
        }
    }

    // CDI interceptors bound to a @JsonRpc method or to its class run around its calls, as around any bean method:
    // they see the Java method and its arguments, may change the result, and may inject the JsonRpcContext of the call

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
