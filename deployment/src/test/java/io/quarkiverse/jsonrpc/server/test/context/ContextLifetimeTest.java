package io.quarkiverse.jsonrpc.server.test.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.arc.All;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * How long what a method sees lives:
 * <ul>
 * <li>over a WebSocket the {@code JsonRpcContext} describes the connection: the headers of its upgrade request, the
 * connection itself, and user data that lives as long as the connection;</li>
 * <li>with {@code activate-request-context=auto}, the default, a method runs in a request context of its own only
 * where the build finds it needs one: its bean is or reaches a {@code @RequestScoped} bean, directly, through other
 * beans or through a lookup, or it is intercepted.</li>
 * </ul>
 * One application for both: the build decides on a request context bean by bean, so {@link Introspection} (which
 * needs none) changes nothing for {@link Plain}; no lifecycle hook touches a connection's user data.
 */
public class ContextLifetimeTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Introspection.class, CallDescription.class, Plain.class,
                    Scoped.class, Holder.class, AllHolders.class, ScopedService.class, Counting.class, Indirect.class,
                    InstanceHolder.class, Intercepted.class, Audited.class, AuditInterceptor.class));

    @TestHTTPResource("/jsonrpc")
    URI uri;

    // the JsonRpcContext over a WebSocket

    public static class Introspection {
        @JsonRpc
        public CallDescription describe(JsonRpcContext context) {
            return CallDescription.of(context);
        }

        /** Returns what was remembered before. */
        @JsonRpc
        public Object remember(JsonRpcContext context, String value) {
            return context.userData().put("remembered", value);
        }
    }

    @Test
    void describesTheConnection() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri, Map.of("X-Trace", "upgrade-1"))) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"describe\",\"id\":\"abc\"}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"transport\":\"WEBSOCKET\","
                            + "\"method\":\"describe\",\"requestId\":\"abc\",\"notification\":false,"
                            + "\"header\":\"upgrade-1\",\"headerValues\":[\"upgrade-1\"],\"connection\":true},"
                            + "\"id\":\"abc\"}");
        }
    }

    @Test
    void userDataLivesAsLongAsTheConnection() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"remember\",\"params\":[\"first\"],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}");
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"remember\",\"params\":[\"second\"],\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"first\",\"id\":2}");
        }
        try (WebSocketTestConnection other = WebSocketTestConnection.open(uri)) {
            assertThat(other.call("{\"jsonrpc\":\"2.0\",\"method\":\"remember\",\"params\":[\"third\"],\"id\":3}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":3}");
        }
    }

    // the request context a method runs in

    @RequestScoped
    public static class Holder {
        private int calls;

        int count() {
            return ++calls;
        }
    }

    /** Reaches no request-scoped state: no context is activated for it. */
    public static class Plain {
        @JsonRpc
        public boolean plainContext() {
            return Arc.container().requestContext().isActive();
        }
    }

    public static class Scoped {
        @Inject
        Holder holder;

        @JsonRpc
        public int scopedContext() {
            return holder.count();
        }
    }

    /** Reaches request-scoped state only through {@code @All List<...>}, a lookup as {@code Instance} is. */
    public static class AllHolders {
        @Inject
        @All
        List<Holder> holders;

        @JsonRpc
        public int allContext() {
            return holders.get(0).count();
        }
    }

    /** A request-scoped bean's own method: it runs in a context of its own, with an instance of the bean made anew. */
    @RequestScoped
    public static class ScopedService {
        private int calls;

        @JsonRpc
        public int ownContext() {
            return ++calls;
        }
    }

    @ApplicationScoped
    public static class Counting {
        @Inject
        Holder holder;

        int count() {
            return holder.count();
        }
    }

    /** Reaches request-scoped state through another bean's injection point. */
    public static class Indirect {
        @Inject
        Counting counting;

        @JsonRpc
        public int indirectContext() {
            return counting.count();
        }
    }

    /** Reaches request-scoped state through a programmatic lookup. */
    public static class InstanceHolder {
        @Inject
        Instance<Holder> holder;

        @JsonRpc
        public int instanceContext() {
            return holder.get().count();
        }
    }

    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.METHOD, ElementType.TYPE })
    public @interface Audited {
    }

    @Audited
    @Interceptor
    @Priority(1)
    public static class AuditInterceptor {
        @AroundInvoke
        Object audit(InvocationContext invocation) throws Exception {
            return invocation.proceed();
        }
    }

    /** Its interceptors may use request-scoped state, as the security interceptors do: it gets a context. */
    public static class Intercepted {
        @Audited
        @JsonRpc
        public boolean interceptedContext() {
            return Arc.container().requestContext().isActive();
        }
    }

    @Test
    void requestContextOverWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(request("plainContext", 1))).isEqualTo(result("false", 1));
            assertThat(client.call(request("scopedContext", 2))).isEqualTo(result("1", 2));
            assertThat(client.call(request("scopedContext", 3))).isEqualTo(result("1", 3));
            assertThat(client.call(request("interceptedContext", 4))).isEqualTo(result("true", 4));
            assertThat(client.call(request("allContext", 5))).isEqualTo(result("1", 5));
            assertThat(client.call(request("ownContext", 6))).isEqualTo(result("1", 6));
            assertThat(client.call(request("ownContext", 7))).isEqualTo(result("1", 7));
            assertThat(client.call(request("indirectContext", 8))).isEqualTo(result("1", 8));
            assertThat(client.call(request("instanceContext", 9))).isEqualTo(result("1", 9));
        }
    }

    @Test
    void requestContextOverHttp() {
        assertThat(HttpRpc.call(request("plainContext", 1))).isEqualTo(result("false", 1));
        assertThat(HttpRpc.call(request("scopedContext", 2))).isEqualTo(result("1", 2));
        assertThat(HttpRpc.call(request("interceptedContext", 3))).isEqualTo(result("true", 3));
        assertThat(HttpRpc.call(request("allContext", 4))).isEqualTo(result("1", 4));
        assertThat(HttpRpc.call(request("ownContext", 5))).isEqualTo(result("1", 5));
        assertThat(HttpRpc.call(request("indirectContext", 6))).isEqualTo(result("1", 6));
        assertThat(HttpRpc.call(request("instanceContext", 7))).isEqualTo(result("1", 7));
    }

    static String request(String method, int id) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"id\":" + id + "}";
    }

    static String result(String value, int id) {
        return "{\"jsonrpc\":\"2.0\",\"result\":" + value + ",\"id\":" + id + "}";
    }
}
