package io.quarkiverse.jsonrpc.server.test.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

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
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A method gets a request context when it is intercepted: by a binding on its class, or one the class gets from a
 * stereotype or inherits from a superclass. The interceptor reads the call's JsonRpcContext, which needs one.
 */
public class InterceptorBindingsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Audited.class, AuditInterceptor.class, AuditedStereotype.class,
                    ByStereotype.class, AuditedBase.class, ByInheritance.class, Direct.class, HttpRpc.class));

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
