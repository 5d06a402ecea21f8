package io.quarkiverse.jsonrpc.server.test.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.googlecode.jsonrpc4j.JsonRpcClientException;
import com.googlecode.jsonrpc4j.JsonRpcHttpClient;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcError;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A jsonrpc4j client that compresses its requests ({@code gzipRequests}) is read with
 * {@code quarkus.http.enable-decompression=true}; it cannot read a {@code 401}, which an application error that keeps
 * jsonrpc4j's {@code -32001} is answered with {@code error-status-codes=true}, while one sending plain requests can.
 */
public class Jsonrpc4jCompressedRequestsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Accounts.class, NotSignedInException.class))
            .overrideConfigKey("quarkus.http.enable-decompression", "true")
            .overrideConfigKey("quarkus.jsonrpc-server.http.error-status-codes", "true");

    @TestHTTPResource("/jsonrpc")
    URL endpoint;

    /** An application error with the code jsonrpc4j's server gave any exception. */
    @JsonRpcError(code = -32001, message = "Not signed in")
    public static class NotSignedInException extends RuntimeException {
    }

    public static class Accounts {

        @JsonRpc
        public String hello(String name) {
            return "Hello " + name;
        }

        @JsonRpc
        public String balance() {
            throw new NotSignedInException();
        }
    }

    @Test
    void aCompressedRequestIsRead() throws Throwable {
        assertThat(client(true).invoke("hello", List.of("Ada"), String.class)).isEqualTo("Hello Ada");
        assertThat(client(true).invoke("hello", Map.of("name", "Ada"), String.class)).isEqualTo("Hello Ada");
    }

    @Test
    void anApplicationErrorThatKeepsMinus32001IsAnswered401() throws Throwable {
        assertThatThrownBy(() -> client(false).invoke("balance", List.of(), String.class))
                .isInstanceOfSatisfying(JsonRpcClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(-32001);
                    assertThat(e.getMessage()).isEqualTo("Not signed in");
                });
        assertThatThrownBy(() -> client(true).invoke("balance", List.of(), String.class))
                // jsonrpc4j's HttpException is package-private
                .satisfies(e -> assertThat(e.getClass().getName()).isEqualTo("com.googlecode.jsonrpc4j.HttpException"))
                .hasMessageStartingWith("Caught error with no response body");
    }

    private JsonRpcHttpClient client(boolean gzipRequests) {
        return new JsonRpcHttpClient(new ObjectMapper(), endpoint, Map.of(), gzipRequests, false);
    }
}
