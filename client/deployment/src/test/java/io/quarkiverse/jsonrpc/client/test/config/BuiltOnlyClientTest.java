package io.quarkiverse.jsonrpc.client.test.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.client.runtime.JsonRpcClients;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A client interface no bean injects needs no configuration: the application starts, and the builder makes the client
 * with the URL it is given. Looked up from the container, it needs its URL then. A bean that injects the interface
 * without the qualifier injects the server's bean that implements it, not the client: no URL is needed for it either.
 */
public class BuiltOnlyClientTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Greeter.class, GreeterServer.class, Shared.class,
                    SharedServer.class, Welcome.class));

    /**
     * With a scope, as a REST client's interface often has: left to the interface, the client is a @Singleton. It
     * extends JsonRpcClientControl, which every client implements, for a close() without a cast.
     */
    @RegisterJsonRpcClient(configKey = "greeter")
    @ApplicationScoped
    public interface Greeter extends JsonRpcClientControl {
        @JsonRpc
        String greet(String name);
    }

    public static class GreeterServer {
        @JsonRpc
        public String greet(String name) {
            return "Hello " + name;
        }
    }

    /** An interface the server implements and a client may call: here only served. */
    @RegisterJsonRpcClient(configKey = "shared")
    @JsonRpcNamespace("shared")
    public interface Shared {
        @JsonRpc
        String greet(String name);
    }

    public static class SharedServer implements Shared {
        @Override
        public String greet(String name) {
            return "Welcome " + name;
        }
    }

    @ApplicationScoped
    public static class Welcome {
        @Inject
        Shared shared;

        Shared shared() {
            return shared;
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Inject
    Welcome welcome;

    @Test
    void anInjectionWithoutTheQualifierIsOfTheServersBean() {
        assertThat(welcome.shared().greet("Ada")).isEqualTo("Welcome Ada");
        assertThat(welcome.shared()).isInstanceOf(SharedServer.class);
    }

    @Test
    void theBuilderMakesItWithTheUrlItIsGiven() {
        Greeter greeter = JsonRpcClientBuilder.newBuilder().url(endpoint.toString()).build(Greeter.class);
        try {
            assertThat(greeter.greet("Ada")).isEqualTo("Hello Ada");
            assertThat(greeter.configKey()).isEqualTo("greeter");
        } finally {
            greeter.close();
        }
    }

    /** An application may build a client per task: once closed, the application's list of clients forgets it. */
    @Test
    void aClosedClientIsForgotten() throws ReflectiveOperationException {
        Object clients = Arc.container().instance(JsonRpcClients.class).get();
        Field built = JsonRpcClients.class.getDeclaredField("built");
        built.setAccessible(true);
        int before = ((List<?>) built.get(clients)).size();
        for (int i = 0; i < 3; i++) {
            Greeter greeter = JsonRpcClientBuilder.newBuilder().url(endpoint.toString()).build(Greeter.class);
            assertThat(greeter.greet("Ada")).isEqualTo("Hello Ada");
            assertThat((List<?>) built.get(clients)).hasSize(before + 1);
            ((JsonRpcClientControl) greeter).close();
            ((JsonRpcClientControl) greeter).close();
        }
        assertThat((List<?>) built.get(clients)).hasSize(before);
    }

    @Test
    void lookedUpWithoutAUrlItSaysWhichPropertyToSet() {
        assertThatThrownBy(() -> CDI.current().select(Greeter.class, new AnnotationLiteral<JsonRpcClient>() {
        }).get().greet("Ada")).hasRootCauseInstanceOf(ConfigurationException.class)
                .rootCause().hasMessage("The JSON-RPC client 'greeter' (" + Greeter.class.getName() + ") has no URL:"
                        + " set quarkus.jsonrpc-client.\"greeter\".url to the server's http://, https://, ws:// or"
                        + " wss:// URL");
    }
}
