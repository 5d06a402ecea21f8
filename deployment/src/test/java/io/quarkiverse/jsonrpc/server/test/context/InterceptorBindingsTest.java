package io.quarkiverse.jsonrpc.server.test.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Stereotype;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A method gets a request context when it is intercepted: by a binding on its class, or one the class gets from a
 * stereotype or inherits from a superclass. The interceptor reads the call's JsonRpcContext, which needs one. The
 * class's binding intercepts its connection lifecycle hooks too, with the connection's context.
 */
public class InterceptorBindingsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Audited.class, AuditInterceptor.class, AuditedStereotype.class,
                    ByStereotype.class, AuditedBase.class, ByInheritance.class, Direct.class, Doorman.class));

    static final List<String> hooks = new CopyOnWriteArrayList<>();

    @InterceptorBinding
    @Inherited
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.METHOD, ElementType.TYPE })
    public @interface Audited {
    }

    @Audited
    @Interceptor
    @Priority(Interceptor.Priority.APPLICATION)
    public static class AuditInterceptor {
        @Inject
        JsonRpcContext call;

        @AroundInvoke
        Object audit(InvocationContext invocation) throws Exception {
            String method = call.method();
            if (method == null) {
                // a connection's lifecycle hook: its context has the connection, and no method
                hooks.add(invocation.getMethod().getName() + " for connection " + call.connectionId());
                return invocation.proceed();
            }
            return method + ":" + invocation.proceed();
        }
    }

    @Stereotype
    @Audited
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface AuditedStereotype {
    }

    @AuditedStereotype
    public static class ByStereotype {
        @JsonRpc
        public String viaStereotype() {
            return "ok";
        }
    }

    @Audited
    public abstract static class AuditedBase {
    }

    public static class ByInheritance extends AuditedBase {
        @JsonRpc
        public String viaInheritedBinding() {
            return "ok";
        }
    }

    @Audited
    public static class Direct {
        @JsonRpc
        public String direct() {
            return "ok";
        }
    }

    /** A binding on the class intercepts its lifecycle hooks too, which see their connection's context. */
    @Audited
    public static class Doorman {
        @OnJsonRpcOpen
        void open(JsonRpcContext context) {
            context.userData().put("door", "opened");
        }

        @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
        public String door(JsonRpcContext context) {
            return context.connectionId() + " " + context.userData().get("door");
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void aLifecycleHookOfTheClassIsInterceptedWithItsConnectionsContext() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            String door = client.call(String.class, "door");
            String connection = door.substring("door:".length(), door.indexOf(' '));

            assertThat(door).isEqualTo("door:" + connection + " opened");
            assertThat(hooks).containsExactly("open for connection " + connection);
        }
    }

    @Test
    void directBinding() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"direct\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"direct:ok\",\"id\":1}");
    }

    @Test
    void bindingThroughAStereotype() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"viaStereotype\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"viaStereotype:ok\",\"id\":1}");
    }

    @Test
    void bindingInheritedFromASuperclass() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"viaInheritedBinding\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"viaInheritedBinding:ok\",\"id\":1}");
    }
}
