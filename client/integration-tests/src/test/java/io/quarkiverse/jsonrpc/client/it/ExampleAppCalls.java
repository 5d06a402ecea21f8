package io.quarkiverse.jsonrpc.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.client.JsonRpcBatch;
import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.JsonRpcTimeoutException;

/** The example app called through {@link ExampleApp} as user alice; each transport's test says how it is made. */
abstract class ExampleAppCalls {

    abstract ExampleApp client();

    abstract String transport();

    @Test
    void everyReturnType() {
        ExampleApp app = client();
        assertThat(app.subtract(42, 23)).isEqualTo(19);
        assertThat(app.sum(1, 2, 4)).isEqualTo(7);
        assertThat(app.subtractLater(23, 42).await().atMost(Duration.ofSeconds(10))).isEqualTo(-19);
        assertThat(app.subtractStage(10, 3).toCompletableFuture().join()).isEqualTo(7);
        app.update(1, 2, 3, 4, 5);
        app.notifyHello(7).await().atMost(Duration.ofSeconds(10));
        assertThat(app.getData()).containsExactly("hello", 5);
        assertThat(app.translate(new Point(1, 2), 3, 4)).isEqualTo(new Point(4, 6));
        assertThat(app.distance(new Point(3, 4), null)).isEqualTo(5.0);
        assertThat(app.echo(new ObjectMapper().createObjectNode().put("a", 1)).toString()).isEqualTo("{\"a\":1}");
        assertThat(app.transport()).isEqualTo(transport());
    }

    @Test
    void errorsWithCodeMessageAndData() {
        ExampleApp app = client();
        assertThatThrownBy(() -> app.divide(1, 0)).isInstanceOfSatisfying(JsonRpcClientException.class, e -> {
            assertThat(e.code()).isEqualTo(1001);
            assertThat(e.getMessage()).isEqualTo("Division by zero");
        });
        assertThatThrownBy(() -> app.sqrt(-1)).isInstanceOfSatisfying(JsonRpcClientException.class, e -> {
            assertThat(e.code()).isEqualTo(-32011);
            assertThat(e.getMessage()).isEqualTo("Square root of a negative number");
            assertThat(e.data().asDouble()).isEqualTo(-1.0);
        });
        assertThatThrownBy(app::missing).isInstanceOfSatisfying(JsonRpcClientException.class,
                e -> assertThat(e.code()).isEqualTo(-32601));
        assertThatThrownBy(app::fail).isInstanceOfSatisfying(JsonRpcClientException.class,
                e -> assertThat(e.code()).isEqualTo(-32603));
    }

    @Test
    void timeoutOfOneCall() {
        assertThatThrownBy(() -> client().sleep(30_000).await().atMost(Duration.ofSeconds(20)))
                .isInstanceOf(JsonRpcTimeoutException.class)
                .hasMessageStartingWith(ExampleApp.class.getName() + "#sleep(long) (sleep) got no answer from ")
                .hasMessageEndingWith(" within 0.3s");
        // the connection still serves calls
        assertThat(client().subtract(2, 1)).isEqualTo(1);
    }

    @Test
    void basicAuthentication() {
        assertThat(client().whoami()).isEqualTo("alice");
        assertThat(client().secret()).isEqualTo("42");
    }

    /** The batch of the specification's section 7, answered by position. */
    @Test
    void batch() {
        JsonRpcBatch<ExampleApp> batch = JsonRpcBatch.of(client());
        JsonRpcBatch.Entry<Integer> sum = batch.add(app -> app.sum(1, 2, 4));
        JsonRpcBatch.Entry<Void> hello = batch.addVoid(app -> app.update(7));
        JsonRpcBatch.Entry<Integer> difference = batch.add(app -> app.subtract(42, 23));
        JsonRpcBatch.Entry<String> missing = batch.add(ExampleApp::missing);
        JsonRpcBatch.Entry<List<Object>> data = batch.add(ExampleApp::getData);
        batch.sendAndAwait();
        assertThat(sum.get()).isEqualTo(7);
        assertThat(hello.isDone()).isTrue();
        assertThat(difference.get()).isEqualTo(19);
        assertThat(missing.error().code()).isEqualTo(-32601);
        assertThat(data.get()).containsExactly("hello", 5);
    }
}
