package io.quarkiverse.jsonrpc.client.test.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.UnindexedBuiltClientContract;
import io.quarkiverse.jsonrpc.testsupport.UnindexedClientContract;
import io.quarkiverse.jsonrpc.testsupport.UnindexedContract;
import io.quarkiverse.jsonrpc.testsupport.UnindexedLookedUpClientContract;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Interfaces in an archive without a Jandex index, as a shared contract module may be. A client interface a bean
 * injects, or looks up through an {@code Instance}, is indexed by the build, and is a client; one only built at run
 * time cannot be, and the builder says why. A client interface of the application that extends a contract calls its
 * methods.
 */
public class UnindexedClientInterfaceTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            // the contracts are in the test support module, which has no Jandex index
            .withApplicationRoot(jar -> jar.addClasses(Caller.class, Greeter.class, PingerClient.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"unindexed\".url", "http://localhost:1/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"unindexed-looked-up\".url", "http://localhost:1/jsonrpc");

    @ApplicationScoped
    public static class Caller {
        @Inject
        @JsonRpcClient
        UnindexedClientContract injected;

        final Instance<UnindexedLookedUpClientContract> lookedUp;

        @Inject
        Caller(@JsonRpcClient Instance<UnindexedLookedUpClientContract> lookedUp) {
            this.lookedUp = lookedUp;
        }

        Object injected() {
            return injected;
        }

        Object lookedUp() {
            return lookedUp.get();
        }
    }

    /**
     * The server the clients call is another application's: here, this one's, which does not implement the contracts,
     * so that only the client's build reads them (the server's, implementing one, is {@code UnindexedInterfaceTest}).
     */
    public static class Greeter {
        @JsonRpc
        public String greet(String name) {
            return "Hello " + name;
        }

        @JsonRpc
        public String ping() {
            return "pong";
        }
    }

    /** A shared contract as a client application calls it: its client interface extends it. */
    @RegisterJsonRpcClient(configKey = "pinger")
    public interface PingerClient extends UnindexedContract {
    }

    @TestHTTPResource("/jsonrpc")
    URL endpoint;

    @Inject
    Caller caller;

    @Test
    void anInjectedInterfaceIsAClient() {
        assertThat(caller.injected()).isInstanceOf(JsonRpcClientControl.class);
        assertThat(caller.lookedUp()).isInstanceOf(JsonRpcClientControl.class);
    }

    @Test
    void aClientInterfaceExtendingAContractCallsItsMethods() {
        PingerClient pinger = JsonRpcClientBuilder.newBuilder().url(endpoint.toString()).build(PingerClient.class);
        try {
            assertThat(pinger.ping()).isEqualTo("pong");
        } finally {
            ((JsonRpcClientControl) pinger).close();
        }
    }

    @Test
    void anInterfaceOnlyBuiltCannotBeAndTheBuilderSaysWhy() {
        assertThatThrownBy(() -> JsonRpcClientBuilder.newBuilder().url("http://localhost:1/jsonrpc")
                .build(UnindexedBuiltClientContract.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(UnindexedBuiltClientContract.class.getName() + " is annotated @RegisterJsonRpcClient, but"
                        + " the build did not see it: its archive has no Jandex index. Add one (the"
                        + " io.smallrye:jandex-maven-plugin, or an empty META-INF/beans.xml), or inject it somewhere as"
                        + " @JsonRpcClient, which indexes it");
    }
}
