package io.quarkiverse.jsonrpc.server.interceptors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * In an application with Hibernate ORM every method runs in a request context of its own, without
 * {@code activate-request-context=always}: a method that reads entities through Panache's static methods, outside a
 * transaction, finds the request-scoped session it needs, over both transports.
 */
class PanacheMethodTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(root -> root.addClasses(Note.class, Tag.class, Notes.class))
            .overrideConfigKey("quarkus.datasource.db-kind", "h2")
            .overrideConfigKey("quarkus.datasource.jdbc.url", "jdbc:h2:mem:notes;DB_CLOSE_DELAY=-1")
            .overrideConfigKey("quarkus.datasource.devservices.enabled", "false")
            .overrideConfigKey("quarkus.hibernate-orm.schema-management.strategy", "drop-and-create")
            .overrideConfigKey("quarkus.transaction-manager.object-store.directory", "target/ObjectStore");

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void aMethodReadsEntitiesThroughPanacheOutsideATransaction() {
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint); JsonRpcTestClient http = JsonRpcTestClient.http(endpoint)) {
            ws.call(long.class, "add", "milk", null);
            http.call(long.class, "add", "bread", null);

            assertThat(ws.call(new TypeReference<List<String>>() {
            }, "texts")).containsSubsequence("bread", "milk");
            assertThat(http.call(new TypeReference<List<String>>() {
            }, "texts")).containsSubsequence("bread", "milk");
        }
    }

    /**
     * The answer is written while the method's request context is still active, as a REST resource's response is:
     * a lazy association of the entity it returns is loaded then, by the session that read the entity.
     */
    @Test
    void theAnswerLoadsTheLazyAssociationsOfTheEntityAMethodReturns() {
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint); JsonRpcTestClient http = JsonRpcTestClient.http(endpoint)) {
            long id = ws.call(long.class, "add", "eggs", List.of("fridge", "breakfast"));

            for (JsonRpcTestClient client : List.of(ws, http)) {
                JsonNode note = client.call(JsonNode.class, "note", id);
                assertThat(note.path("text").asText()).isEqualTo("eggs");
                assertThat(note.path("tags").findValuesAsText("name")).containsExactly("breakfast", "fridge");
            }
        }
    }
}
