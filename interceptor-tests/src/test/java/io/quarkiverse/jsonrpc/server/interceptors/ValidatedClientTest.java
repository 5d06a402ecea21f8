package io.quarkiverse.jsonrpc.server.interceptors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A client interface that its annotations for interceptors make a bean of its own is a bean Hibernate Validator
 * checks too: its params' constraints before the call leaves, as a REST client's.
 */
public class ValidatedClientTest {

    static final int PORT = SharedTcpRelay.port(ValidatedClientTest.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Greeter.class, GreeterServer.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"greeter\".url", "http://localhost:" + PORT + "/jsonrpc");

    public static class GreeterServer {

        static final AtomicInteger calls = new AtomicInteger();

        @JsonRpc
        public String greet(String name) {
            calls.incrementAndGet();
            return "Hello " + name;
        }
    }

    @RegisterJsonRpcClient(configKey = "greeter")
    public interface Greeter {
        @JsonRpc
        @Retry(maxRetries = 1, delay = 0)
        String greet(@NotBlank String name);
    }

    @TestHTTPResource
    URL application;

    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(ValidatedClientTest.class.getName(), application.getPort());
    }

    @Inject
    @JsonRpcClient
    Greeter greeter;

    @Test
    void aBlankNameIsRefusedBeforeTheCallLeaves() {
        assertThat(greeter.greet("Ann")).isEqualTo("Hello Ann");
        int served = GreeterServer.calls.get();
        assertThatThrownBy(() -> greeter.greet(" ")).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("must not be blank");
        assertThat(GreeterServer.calls).hasValue(served);
    }
}
