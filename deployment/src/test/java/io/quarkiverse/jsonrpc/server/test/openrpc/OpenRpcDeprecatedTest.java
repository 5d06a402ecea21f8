package io.quarkiverse.jsonrpc.server.test.openrpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A method of an interface is deprecated in the OpenRPC document where it is annotated {@code @Deprecated} as the
 * interface declares it, or as the bean implements it: the bean's own deprecation, on the method that runs, counts as
 * much as the contract's.
 */
public class OpenRpcDeprecatedTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Inventory.class, InventoryService.class));

    public interface Inventory {
        @JsonRpc
        int current();

        @JsonRpc
        int retired();

        @Deprecated
        @JsonRpc
        int legacy();
    }

    public static class InventoryService implements Inventory {
        @Override
        public int current() {
            return 1;
        }

        @Deprecated
        @Override
        public int retired() {
            return 2;
        }

        @Override
        public int legacy() {
            return 3;
        }
    }

    @Test
    void deprecatedWhereDeclaredOrWhereImplemented() throws Exception {
        JsonNode document = Http.getJson("/jsonrpc/openrpc.json");
        Map<String, String> deprecated = new LinkedHashMap<>();
        document.get("methods").forEach(method -> deprecated.put(method.get("name").asText(),
                method.has("deprecated") ? method.get("deprecated").toString() : "left out"));
        assertThat(deprecated).containsExactly(Map.entry("current", "left out"), Map.entry("legacy", "true"),
                Map.entry("retired", "true"));
    }
}
