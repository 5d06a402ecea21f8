package io.quarkiverse.jsonrpc.server.interceptors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.core.type.TypeReference;

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
            .withApplicationRoot(root -> root.addClasses(Note.class, Notes.class))
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
            ws.call(long.class, "add", "milk");
            http.call(long.class, "add", "bread");

            assertThat(ws.call(new TypeReference<List<String>>() {
            }, "texts")).containsExactly("bread", "milk");
            assertThat(http.call(new TypeReference<List<String>>() {
            }, "texts")).containsExactly("bread", "milk");
        }
    }
}
