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

import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Without {@code quarkus.http.enable-decompression}, a jsonrpc4j client's compressed request is answered
 * {@code -32700 Parse error}, its {@code data} naming the first byte of the gzip header.
 */
public class Jsonrpc4jCompressedRequestsUnreadTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Jsonrpc4jCompressedRequestsTest.Accounts.class,
                    Jsonrpc4jCompressedRequestsTest.NotSignedInException.class));

    @TestHTTPResource("/jsonrpc")
    URL endpoint;

    @Test
    void aCompressedRequestIsAParseError() {
        JsonRpcHttpClient compressing = new JsonRpcHttpClient(new ObjectMapper(), endpoint, Map.of(), true, false);

        assertThatThrownBy(() -> compressing.invoke("hello", List.of("Ada"), String.class))
                .isInstanceOfSatisfying(JsonRpcClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(-32700);
                    assertThat(e.getMessage()).isEqualTo("Parse error");
                    assertThat(e.getData().asText()).contains("CTRL-CHAR, code 31");
                });
    }
}
