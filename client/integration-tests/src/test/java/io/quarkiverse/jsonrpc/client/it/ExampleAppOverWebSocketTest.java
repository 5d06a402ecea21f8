package io.quarkiverse.jsonrpc.client.it;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.ParamsStyle;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/** A client built at run time over ws://, with named params: the same calls, over one WebSocket connection. */
@QuarkusTest
@WithTestResource(Servers.class)
class ExampleAppOverWebSocketTest extends ExampleAppCalls {

    @ConfigProperty(name = "servers.example-app.port")
    int port;

    ExampleApp app;

    @BeforeEach
    void build() {
        app = JsonRpcClientBuilder.newBuilder().url("ws://127.0.0.1:" + port + "/jsonrpc")
                .basicAuth("alice", "alice").paramsStyle(ParamsStyle.NAMED).build(ExampleApp.class);
    }

    @AfterEach
    void close() {
        ((JsonRpcClientControl) app).close();
    }

    @Override
    ExampleApp client() {
        return app;
    }

    @Override
    String transport() {
        return "WEBSOCKET";
    }

    @Test
    void subscription() {
        AssertSubscriber<Integer> ticks = app.ticks(5).subscribe().withSubscriber(AssertSubscriber.create(10));
        ticks.awaitCompletion(Duration.ofSeconds(10)).assertItems(0, 1, 2, 3, 4);
    }
}
