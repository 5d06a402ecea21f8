package io.quarkiverse.jsonrpc.server.interceptors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A JSON-RPC method annotated {@code @Transactional} runs in a transaction that commits when it returns and rolls
 * back when it throws, over both transports, and the client still gets the method's own error.
 */
class TransactionalMethodTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(root -> root.addClasses(Ledger.class))
            // Narayana's transaction log, should it write one, goes to the build directory, not the module's
            .overrideConfigKey("quarkus.transaction-manager.object-store.directory", "target/ObjectStore");

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @BeforeEach
    void forgetOutcomes() {
        Ledger.outcomes.clear();
    }

    @Test
    void aMethodThatReturnsCommitsItsTransaction() {
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint); JsonRpcTestClient http = JsonRpcTestClient.http(endpoint)) {
            assertThat(ws.call(boolean.class, "record", "coffee")).isTrue();
            assertThat(http.call(boolean.class, "record", "tea")).isTrue();
        }

        assertThat(Ledger.outcomes).containsExactly("committed coffee", "committed tea");
    }

    @Test
    void aMethodThatThrowsRollsBackAndItsErrorReachesTheClient() {
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint)) {
            JsonRpcErrorException error = ws.callForError("overdraw", "car");
            assertThat(error.code()).isEqualTo(-32010);
            assertThat(error.message()).isEqualTo("Not enough funds for car");
            // the connection survives the rollback
            assertThat(ws.call(boolean.class, "record", "bus")).isTrue();
        }

        assertThat(Ledger.outcomes).containsExactly("rolled back car", "committed bus");
    }

    /**
     * A commit that fails (here a synchronization throws, as a flush the database refuses does) reaches the method's
     * caller wrapped by JTA and by ArC: the client gets the error of what caused it, declared or mapped, as Quarkus
     * REST's exception mappers see it.
     */
    @Test
    void aFailedCommitIsAnsweredWithTheErrorOfItsCause() {
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint); JsonRpcTestClient http = JsonRpcTestClient.http(endpoint)) {
            JsonRpcErrorException declared = ws.callForError("duplicate", "rent");
            assertThat(declared.code()).isEqualTo(2001);
            assertThat(declared.message()).isEqualTo("Duplicate entry");
            JsonRpcErrorException mapped = http.callForError("stale", "tax");
            assertThat(mapped.code()).isEqualTo(2002);
            assertThat(mapped.message()).isEqualTo("Stale entry: tax");
        }

        assertThat(Ledger.outcomes).containsExactly("rolled back rent", "rolled back tax");
    }

    @Test
    void aMethodWithoutTheAnnotationRunsOutsideAnyTransaction() {
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(endpoint)) {
            assertThat(ws.call(boolean.class, "untracked")).isFalse();
        }
    }
}
