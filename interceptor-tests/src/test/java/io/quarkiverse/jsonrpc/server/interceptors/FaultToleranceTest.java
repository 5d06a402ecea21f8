package io.quarkiverse.jsonrpc.server.interceptors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * {@code @Retry}, {@code @Fallback} and {@code @Timeout} of SmallRye Fault Tolerance apply to JSON-RPC methods as to any
 * bean's.
 */
class FaultToleranceTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(root -> root.addClasses(Forecast.class));

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void aRetriedMethodAnswersOnceItSucceeds() {
        Forecast.attempts.set(0);
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint)) {
            assertThat(ws.call(String.class, "today")).isEqualTo("sunny");
        }
        assertThat(Forecast.attempts).hasValue(3);
    }

    /** Fault Tolerance's @Timeout is a timeout as the extension's own: -32004, not an internal error. */
    @Test
    void aTimedOutMethodIsAnsweredAsTimedOut() {
        try (JsonRpcTestClient http = JsonRpcTestClient.http(endpoint)) {
            JsonRpcErrorException timedOut = http.callForError("nextWeek");
            assertThat(timedOut.code()).isEqualTo(-32004);
            assertThat(timedOut.message()).isEqualTo("Call timed out");
        }
    }

    @Test
    void aFailedMethodAnswersWithItsFallback() {
        try (JsonRpcTestClient http = JsonRpcTestClient.http(endpoint)) {
            assertThat(http.call(String.class, "tomorrow", "Brno")).isEqualTo("cloudy in Brno, as yesterday");
        }
    }
}
