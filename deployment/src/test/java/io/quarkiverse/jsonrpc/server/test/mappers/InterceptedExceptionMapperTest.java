package io.quarkiverse.jsonrpc.server.test.mappers;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.server.test.TransportClients;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/**
 * A local exception mapper of a class with an interceptor binding is a business method of that bean: the interceptor
 * wraps it too, and what it injects, the call's {@code JsonRpcContext} or a request-scoped bean, is there for it as
 * for the method, although the method's own request context has ended. A mapper returning a {@code Uni} keeps its
 * request context until the error comes.
 */
public class InterceptedExceptionMapperTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Ledger.class, Audited.class, AuditInterceptor.class,
                    Desk.class, TransportClients.class));

    static final List<String> audited = new CopyOnWriteArrayList<>();

    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.METHOD, ElementType.TYPE })
    public @interface Audited {
    }

    /** Notes each method it wraps, with the call it belongs to, as the filters guide's audit does. */
    @Audited
    @Interceptor
    @Priority(Interceptor.Priority.APPLICATION)
    public static class AuditInterceptor {

        @Inject
        JsonRpcContext call;

        @AroundInvoke
        Object audit(InvocationContext invocation) throws Exception {
            audited.add(invocation.getMethod().getName() + " in " + call.method() + " over " + call.transport());
            return invocation.proceed();
        }
    }

    /** Request-scoped: the mapper that reads it needs a request context of its own. */
    @RequestScoped
    public static class Desk {
        String name() {
            return "desk 7";
        }
    }

    @Audited
    public static class Ledger {

        @Inject
        Desk desk;

        @JsonRpc
        public int divide(int dividend, int divisor) {
            return dividend / divisor;
        }

        @JsonRpc
        public int close() {
            throw new IllegalStateException("ledger closed");
        }

        @JsonRpcExceptionMapper
        JsonRpcException arithmetic(ArithmeticException e, JsonRpcContext context) {
            return new JsonRpcException(4000, "Bad arithmetic in " + context.method());
        }

        @JsonRpcExceptionMapper
        Uni<JsonRpcException> closed(IllegalStateException e) {
            String where = desk.name();
            return Uni.createFrom().item(() -> new JsonRpcException(4001, e.getMessage() + " at " + where));
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @BeforeEach
    void forget() {
        audited.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void theInterceptorWrapsTheMapperWithTheCallsContext(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, uri)) {
            JsonRpcErrorException error = client.callForError("divide", 1, 0);
            assertThat(error.code()).isEqualTo(4000);
            assertThat(error.message()).isEqualTo("Bad arithmetic in divide");
        }
        String over = " over " + transport;
        assertThat(audited).containsExactly("divide in divide" + over, "arithmetic in divide" + over);
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void aMapperReachesRequestScopedBeans(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, uri)) {
            JsonRpcErrorException error = client.callForError("close");
            assertThat(error.code()).isEqualTo(4001);
            assertThat(error.message()).isEqualTo("ledger closed at desk 7");
        }
        String over = " over " + transport;
        assertThat(audited).containsExactly("close in close" + over, "closed in close" + over);
    }
}
