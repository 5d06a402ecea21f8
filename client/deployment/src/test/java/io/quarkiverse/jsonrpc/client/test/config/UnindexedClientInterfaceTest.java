package io.quarkiverse.jsonrpc.client.test.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.UnindexedBuiltClientContract;
import io.quarkiverse.jsonrpc.testsupport.UnindexedClientContract;
import io.quarkiverse.jsonrpc.testsupport.UnindexedLookedUpClientContract;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A client interface in an archive without a Jandex index, as a shared contract module may be: one a bean injects, or
 * looks up through an {@code Instance}, is indexed by the build, and is a client; one only built at run time cannot
 * be, and the builder says why.
 */
public class UnindexedClientInterfaceTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            // the contracts are in the test support module, which has no Jandex index
            .withApplicationRoot(jar -> jar.addClasses(Caller.class, Greeter.class))
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

    /** The server the client calls is another application's: here, this one's. */
    public static class Greeter {
        @JsonRpc
        public String greet(String name) {
            return "Hello " + name;
        }
    }

    @Inject
    Caller caller;

    @Test
    void anInjectedInterfaceIsAClient() {
        assertThat(caller.injected()).isInstanceOf(JsonRpcClientControl.class);
        assertThat(caller.lookedUp()).isInstanceOf(JsonRpcClientControl.class);
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
