package io.quarkiverse.jsonrpc.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The injected client, configured with an http:// URL and alice's credentials. */
@QuarkusTest
@WithTestResource(Servers.class)
class ExampleAppOverHttpTest extends ExampleAppCalls {

    @Inject
    @JsonRpcClient
    ExampleApp app;

    @ConfigProperty(name = "servers.example-app.port")
    int port;

    @Override
    ExampleApp client() {
        return app;
    }

    @Override
    String transport() {
        return "HTTP";
    }

    @Test
    void wrongPasswordIsATransportFailureWithTheHttpStatus() {
        ExampleApp intruder = JsonRpcClientBuilder.newBuilder().url("http://127.0.0.1:" + port + "/jsonrpc")
                .basicAuth("alice", "wrong").build(ExampleApp.class);
        try {
            assertThatThrownBy(intruder::whoami).isInstanceOfSatisfying(JsonRpcTransportException.class,
                    e -> assertThat(e.httpStatus()).isEqualTo(401));
        } finally {
            ((JsonRpcClientControl) intruder).close();
        }
    }

    @Test
    void subscriptionNeedsAWebSocket() {
        assertThatThrownBy(() -> app.ticks(3).collect().asList().await().indefinitely())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(ExampleApp.class.getName() + "#ticks(int) returns Multi, a subscription, which only a"
                        + " WebSocket carries: set quarkus.jsonrpc-client.\"example\".url to a ws:// or wss:// URL");
    }
}
