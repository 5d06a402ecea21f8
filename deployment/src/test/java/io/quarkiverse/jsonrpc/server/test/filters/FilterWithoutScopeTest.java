package io.quarkiverse.jsonrpc.server.test.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.spi.JsonRpcFilter;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.security.ForbiddenException;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A filter without a bean-defining annotation runs all the same, as a class with {@code @JsonRpc} methods is a bean
 * without one: a check that was left out for want of {@code @Singleton} let every call through, without a word. So
 * does one that implements the interface through an abstract class of its own.
 */
public class FilterWithoutScopeTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Vault.class, NoSecrets.class, MethodFilter.class,
                    NoCodes.class));

    public static class Vault {
        @JsonRpc
        public String secret() {
            return "gold";
        }

        @JsonRpc
        public String code() {
            return "1234";
        }

        @JsonRpc
        public String weather() {
            return "sunny";
        }
    }

    /** No scope annotation. */
    public static class NoSecrets implements JsonRpcFilter {
        @Override
        public void before(JsonRpcContext call, JsonNode params) {
            if (call.method().equals("secret")) {
                throw new ForbiddenException();
            }
        }
    }

    /** Abstract: not a bean; its subclass is. */
    public abstract static class MethodFilter implements JsonRpcFilter {
        abstract String refused();

        @Override
        public void before(JsonRpcContext call, JsonNode params) {
            if (call.method().equals(refused())) {
                throw new ForbiddenException();
            }
        }
    }

    public static class NoCodes extends MethodFilter {
        @Override
        String refused() {
            return "code";
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void theFiltersRun() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(uri)) {
            for (String refused : new String[] { "secret", "code" }) {
                JsonRpcErrorException error = client.callForError(refused);
                assertThat(error.code()).as(refused).isEqualTo(-32003);
                assertThat(error.message()).as(refused).isEqualTo("Forbidden");
            }
            assertThat(client.call(String.class, "weather")).isEqualTo("sunny");
        }
    }
}
