package io.quarkiverse.jsonrpc.server.test.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * quarkus.jsonrpc-server.limits.* only tighten the ObjectMapper's read limits: a value that would loosen one is
 * ignored with a warning naming it, and a value equal to the mapper's own changes nothing and is not warned about
 * (it loosens nothing). Jackson's defaults: nesting depth 1000, string length 20,000,000, number length 1000, token
 * count unlimited, which the default of quarkus.jsonrpc-server.limits.max-token-count tightens to 1,000,000.
 */
public class ReadLimitsNotTightenedTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class))
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-nesting-depth", "1000")
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-string-length", "30000000")
            .overrideConfigKey("quarkus.jsonrpc-server.limits.max-number-length", "20")
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.WARNING.intValue()
                    && record.getLoggerName().startsWith("io.quarkiverse.jsonrpc"))
            .assertLogRecords(records -> assertThat(records).extracting(
                    record -> String.format(record.getMessage().replace("%d", "%s"), record.getParameters()))
                    .containsExactly("quarkus.jsonrpc-server.limits.max-string-length=30000000 is ignored: the"
                            + " application's ObjectMapper allows 20000000, and the limit is only ever tightened"));

    public static class Echo {
        @JsonRpc
        public Object echo(Object value) {
            return value;
        }

        @JsonRpc
        public int size(List<Integer> values) {
            return values.size();
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    /**
     * The default token count refuses a message of 1,000,001 tokens, and lets through a legitimately large call: 1 MB
     * of half a million numbers.
     */
    @Test
    void theDefaultTokenCountLetsALargeCallThrough() {
        // { "jsonrpc" "2.0" "method" "size" "params" [ [ ] ] "id" 1 }: 13 tokens around the numbers
        String oneTooMany = size(999_988);
        try (JsonRpcTestClient http = JsonRpcTestClient.http(uri)) {
            // the 1,000,001st token is the closing brace, the last character
            assertThat(http.exchange(oneTooMany)).isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,"
                    + "\"message\":\"Parse error\",\"data\":\"The message has more than 1000000 JSON tokens, the limit of"
                    + " quarkus.jsonrpc-server.limits.max-token-count (line 1, column " + oneTooMany.length()
                    + ")\"},\"id\":null}");
            assertThat(http.exchange(size(500_000))).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":500000,\"id\":1}");
        }
    }

    private static String size(int numbers) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"size\",\"params\":[[" + "1,".repeat(numbers - 1) + "1]],\"id\":1}";
    }

    @Test
    void theTightenedLimitApplies() {
        try (JsonRpcTestClient http = JsonRpcTestClient.http(uri)) {
            assertThat(http.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[" + "1".repeat(21)
                    + "],\"id\":1}")).startsWith("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,");
            assertThat(http.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[[[1]]],\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":[[1]],\"id\":1}");
        }
    }
}
