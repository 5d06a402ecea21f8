package io.quarkiverse.jsonrpc.server.test.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Stereotype;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.server.testing.UpgradeRejectedException;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A class declared an alternative but not enabled (no {@code @Priority}, not in
 * {@code quarkus.arc.selected-alternatives}) is no bean, as ArC has it: its {@code @JsonRpc} methods, hooks and
 * exception mappers, those it inherits and those of the interfaces it implements are not served, and are no error;
 * the bean beside it serves. So for {@code @Alternative} and for a stereotype that is one. The build says so at
 * DEBUG, one line a method, as ArC says it passes the class over. Nor is the path of its {@code @JsonRpcEndpoint}
 * opened.
 */
public class DisabledAlternativesTest {

    private static final String OWNING_BEANS = "io.quarkiverse.jsonrpc.server.deployment.OwningBeans";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Greeter.class, FakeGreeter.class, Tools.class, Base.class,
                    Derived.class, Api.class, FakeApi.class, Experimental.class, Lab.class, FakeEndpoint.class,
                    LogWatch.class))
            .overrideConfigKey("quarkus.log.category.\"" + OWNING_BEANS + "\".level", "DEBUG")
            .setLogRecordPredicate(record -> OWNING_BEANS.equals(record.getLoggerName()))
            .assertLogRecords(records -> assertThat(records).extracting(LogWatch::message).containsExactlyInAnyOrder(
                    skipped("JsonRpc", FakeGreeter.class, "hello()", FakeGreeter.class),
                    skipped("JsonRpc", Tools.class, "reset()", Tools.class),
                    skipped("OnJsonRpcOpen", Tools.class, "opened()", Tools.class),
                    skipped("JsonRpcExceptionMapper", Tools.class, "mapped(java.lang.IllegalStateException)",
                            Tools.class),
                    skipped("JsonRpc", Base.class, "inherited()", Derived.class),
                    skipped("JsonRpc", Api.class, "contract()", FakeApi.class),
                    skipped("JsonRpc", Lab.class, "experiment()", Lab.class),
                    skipped("JsonRpc", FakeEndpoint.class, "inspect()", FakeEndpoint.class)));

    @Singleton
    public static class Greeter {
        @JsonRpc
        public String hello() {
            return "hi";
        }
    }

    @Alternative
    @Singleton
    public static class FakeGreeter {
        @JsonRpc
        public String hello() {
            return "fake";
        }
    }

    @Alternative
    public static class Tools {
        @JsonRpc
        public String reset() {
            return "reset";
        }

        @OnJsonRpcOpen
        void opened() {
        }

        @JsonRpcExceptionMapper
        JsonRpcException mapped(IllegalStateException e) {
            return new JsonRpcException(409, "Mapped by the tools");
        }
    }

    public abstract static class Base {
        @JsonRpc
        public String inherited() {
            return "inherited";
        }
    }

    @Alternative
    public static class Derived extends Base {
    }

    public interface Api {
        @JsonRpc
        String contract();
    }

    @Alternative
    public static class FakeApi implements Api {
        @Override
        public String contract() {
            return "fake";
        }
    }

    @Stereotype
    @Alternative
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Experimental {
    }

    @Experimental
    public static class Lab {
        @JsonRpc
        public String experiment() {
            return "experiment";
        }
    }

    /** Its own endpoint, which no bean has: the path is not opened, on either transport. */
    @Alternative
    @JsonRpcEndpoint("/fake-tools")
    public static class FakeEndpoint {
        @JsonRpc
        public String inspect() {
            return "inspected";
        }
    }

    private static String skipped(String annotation, Class<?> declaring, String method, Class<?> alternative) {
        return "@" + annotation + " method " + declaring.getName() + "#" + method + " is not run: "
                + alternative.getName() + " is an @Alternative that is not enabled, which is no bean (enable it with"
                + " @Priority or quarkus.arc.selected-alternatives)";
    }

    @Test
    void theEnabledBeanServes() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"hello\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"hi\",\"id\":1}");
    }

    @ParameterizedTest
    @ValueSource(strings = { "reset", "inherited", "contract", "experiment" })
    void theDisabledAlternativesAreNotServed(String method) {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
                        + "\"data\":\"No method named '" + method + "'\"},\"id\":1}");
    }

    @Test
    void theEndpointOfADisabledAlternativeIsNotOpened() {
        assertThat(Http.post("/fake-tools", "{\"jsonrpc\":\"2.0\",\"method\":\"inspect\",\"id\":1}").statusCode())
                .isEqualTo(404);
        assertThatThrownBy(() -> WebSocketTestConnection.open(Http.uri("/fake-tools")).close())
                .isInstanceOf(UpgradeRejectedException.class)
                .extracting(e -> ((UpgradeRejectedException) e).statusCode()).isEqualTo(404);
    }
}
