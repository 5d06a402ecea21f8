package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.kotlin.timeout.Promises;
import io.quarkiverse.jsonrpc.server.kotlin.timeout.Sleeper;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * The application's timeout, {@code quarkus.jsonrpc-server.timeout}, cancels a suspend function that has none of its
 * own, as {@code @JsonRpc(timeout)} does: answered {@code -32004}, its {@code finally} run; and a function's future.
 */
public class KotlinTimeoutTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addPackage(Sleeper.class.getPackage()))
            .overrideConfigKey("quarkus.jsonrpc-server.timeout", "100ms");

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void theApplicationsTimeoutCancelsTheCoroutine() throws InterruptedException {
        for (JsonRpcTestClient client : List.of(JsonRpcTestClient.http(endpoint), JsonRpcTestClient.ws(endpoint))) {
            try (client) {
                assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"sleeper.sleep\",\"id\":1}"))
                        .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32004,\"message\":\"Call timed out\","
                                + "\"data\":\"The call did not complete within 100 ms\"},\"id\":1}");
            }
        }
        assertThat(Sleeper.woken.tryAcquire(2, 10, TimeUnit.SECONDS)).isTrue();
    }

    /** A future a function returns is cancelled on the timeout, whether its default value is used or not. */
    @Test
    void theApplicationsTimeoutCancelsTheFuture() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            for (String params : List.of("", ",\"params\":[\"given\"]")) {
                assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"promises.later\"" + params + ",\"id\":1}"))
                        .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32004,\"message\":\"Call timed out\","
                                + "\"data\":\"The call did not complete within 100 ms\"},\"id\":1}");
            }
        }
        assertThat(Promises.futures).hasSize(2).allMatch(CompletableFuture::isCancelled);
    }
}
