package io.quarkiverse.jsonrpc.server.test.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.quarkus.arc.lookup.LookupIfProperty;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.arc.profile.UnlessBuildProfile;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A class the build leaves out ({@code @IfBuildProfile}, {@code @UnlessBuildProfile}, {@code @IfBuildProperty}) is
 * off for this build, not a mistake: its {@code @JsonRpc} methods, hooks and exception mappers, and those it
 * inherits, are not served, and the others are; nor is its {@code @JsonRpcEndpoint}'s path opened.
 * {@code @LookupIfProperty} leaves the bean in the build: it serves.
 */
public class BuildExcludedBeansTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(DevTools.class, Gated.class, Base.class, NotInTests.class,
                    Greeter.class, LookedUp.class, DevEndpoint.class));

    @Singleton
    @IfBuildProfile("dev")
    public static class DevTools {
        @JsonRpc
        public String reset() {
            return "reset";
        }

        @OnJsonRpcOpen
        void opened() {
        }

        @JsonRpcExceptionMapper
        JsonRpcException mapped(IllegalStateException e) {
            return new JsonRpcException(409, "Mapped by the dev tools");
        }
    }

    @IfBuildProperty(name = "tools.enabled", stringValue = "true")
    public static class Gated {
        @JsonRpc
        public String gated() {
            return "gated";
        }
    }

    public abstract static class Base {
        @JsonRpc
        public String inherited() {
            return "inherited";
        }
    }

    @UnlessBuildProfile("test")
    public static class NotInTests extends Base {
    }

    /** Built whatever the property: it decides what a lookup finds, and the bean serves. */
    @Singleton
    @LookupIfProperty(name = "tools.enabled", stringValue = "true")
    public static class LookedUp {
        @JsonRpc
        public String lookedUp() {
            return "served";
        }
    }

    /** Its own endpoint, left out with it: the path is not opened, on either transport. */
    @IfBuildProfile("dev")
    @JsonRpcEndpoint("/dev-tools")
    public static class DevEndpoint {
        @JsonRpc
        public String inspect() {
            return "inspected";
        }
    }

    public static class Greeter {
        @JsonRpc
        public String hello() {
            return "hi";
        }
    }

    @Test
    void theOthersAreServed() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"hello\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"hi\",\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"lookedUp\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"served\",\"id\":1}");
    }

    @Test
    void theEndpointOfALeftOutClassIsNotOpened() {
        assertThat(Http.post("/dev-tools", "{\"jsonrpc\":\"2.0\",\"method\":\"inspect\",\"id\":1}").statusCode())
                .isEqualTo(404);
        assertThatThrownBy(() -> WebSocketTestConnection.open(Http.uri("/dev-tools")).close())
                .isInstanceOf(UpgradeRejectedException.class)
                .extracting(e -> ((UpgradeRejectedException) e).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "reset", "gated", "inherited" })
    void theLeftOutAreNot(String method) {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
                        + "\"data\":\"No method named '" + method + "'\"},\"id\":1}");
    }
}
