package io.quarkiverse.jsonrpc.server.test.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * With {@code activate-request-context=auto}, the default, a method runs in a request context of its own only where
 * the build finds it needs one: its bean reaches a {@code @RequestScoped} bean, or it is intercepted.
 */
public class RequestContextActivationTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Plain.class, Scoped.class, Holder.class, Intercepted.class,
                    Audited.class, AuditInterceptor.class,
                    HttpRpc.class));

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

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void overWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(request("plainContext", 1))).isEqualTo(result("false", 1));
            assertThat(client.call(request("scopedContext", 2))).isEqualTo(result("1", 2));
            assertThat(client.call(request("scopedContext", 3))).isEqualTo(result("1", 3));
            assertThat(client.call(request("interceptedContext", 4))).isEqualTo(result("true", 4));
        }
    }

    @Test
    void overHttp() {
        assertThat(HttpRpc.call(request("plainContext", 1))).isEqualTo(result("false", 1));
        assertThat(HttpRpc.call(request("scopedContext", 2))).isEqualTo(result("1", 2));
        assertThat(HttpRpc.call(request("interceptedContext", 3))).isEqualTo(result("true", 3));
    }

    static String request(String method, int id) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"id\":" + id + "}";
    }

    static String result(String value, int id) {
        return "{\"jsonrpc\":\"2.0\",\"result\":" + value + ",\"id\":" + id + "}";
    }
}
