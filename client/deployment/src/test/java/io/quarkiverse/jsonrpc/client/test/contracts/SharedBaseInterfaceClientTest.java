package io.quarkiverse.jsonrpc.client.test.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Two client interfaces that extend one interface no bean implements, in an application that also serves JSON-RPC:
 * the base interface's methods are called through the clients, not served, so the build does not ask for a bean
 * that implements it, and both clients call them, in the base interface's namespace, as a server implementing it
 * would serve them.
 */
public class SharedBaseInterfaceClientTest {

    static final int PORT = SharedTcpRelay.port(SharedBaseInterfaceClientTest.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Greeting.class, FriendlyClient.class, FormalClient.class,
                    Greeter.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"friendly\".url", "ws://localhost:" + PORT + "/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"formal\".url", "http://localhost:" + PORT + "/jsonrpc");

    /** Implemented by no bean: a contract of the clients only. */
    @JsonRpcNamespace("hello")
    public interface Greeting {
        @JsonRpc
        String greet(String name);
    }

    @RegisterJsonRpcClient(configKey = "friendly")
    public interface FriendlyClient extends Greeting {
    }

    @RegisterJsonRpcClient(configKey = "formal")
    public interface FormalClient extends Greeting {
    }

    /** The server's own method of that name, declared on the class. */
    @JsonRpcNamespace("hello")
    public static class Greeter {
        @JsonRpc
        public String greet(String name) {
            return "Hello, " + name;
        }
    }

    @TestHTTPResource
    URL application;

    @Inject
    @JsonRpcClient
    FriendlyClient friendly;

    @Inject
    @JsonRpcClient
    FormalClient formal;

    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(SharedBaseInterfaceClientTest.class.getName(), application.getPort());
    }

    @Test
    void bothClientsCallTheBaseInterfacesMethods() {
        assertThat(friendly.greet("Ada")).isEqualTo("Hello, Ada");
        assertThat(formal.greet("Grace")).isEqualTo("Hello, Grace");
    }
}
