package io.quarkiverse.jsonrpc.server.test.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcError;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.server.test.SneakyThrow;
import io.quarkiverse.jsonrpc.server.test.TransportClients;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * The {@code data} of an application error: written by the application's {@code ObjectMapper} (Quarkus' writes a
 * {@code LocalDate} as an ISO date, a bare mapper would fail on it), and left out when it cannot be had, whether
 * {@code errorData()} throws, even a checked exception (as Kotlin code may), or the value cannot be serialized; the
 * error itself is still answered, and the connection goes on serving.
 */
public class ErrorDataTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Billing.class, Mappers.class, DueException.class,
                    BrokenDataException.class, Unserializable.class, UnpaidException.class, TransportClients.class,
                    SneakyThrow.class));

    @JsonRpcError(code = 1020, message = "Payment due")
    public static class DueException extends RuntimeException implements JsonRpcError.Data {
        @Override
        public Object errorData() {
            return Map.of("due", LocalDate.of(2024, 1, 2));
        }
    }

    /** Its {@code errorData()} fails with a checked exception, which Java lets through with a sneaky throw. */
    @JsonRpcError(code = 1021, message = "Data unavailable")
    public static class BrokenDataException extends RuntimeException implements JsonRpcError.Data {
        @Override
        public Object errorData() {
            throw SneakyThrow.of(new IOException("ledger offline"));
        }
    }

    /** A value Jackson cannot write: its getter fails. */
    public static class Unserializable {
        public String getValue() {
            throw new IllegalStateException("not writable");
        }
    }

    /** Mapped to an error whose data cannot be written. */
    public static class UnpaidException extends RuntimeException {
    }

    public static class Billing {
        @JsonRpc
        public int due() {
            throw new DueException();
        }

        @JsonRpc
        public int brokenData() {
            throw new BrokenDataException();
        }

        @JsonRpc
        public int unpaid() {
            throw new UnpaidException();
        }

        @JsonRpc
        public int ok() {
            return 1;
        }
    }

    public static class Mappers {
        @JsonRpcExceptionMapper
        JsonRpcException unpaid(UnpaidException e) {
            return new JsonRpcException(1022, "Unpaid", new Unserializable());
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void theDataIsWrittenByTheApplicationsObjectMapper(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, uri)) {
            assertError(client.callForError("due"), 1020, "Payment due", "{\"due\":\"2024-01-02\"}");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void dataThatCannotBeHadIsLeftOut(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, uri)) {
            assertError(client.callForError("brokenData"), 1021, "Data unavailable", null);
            assertError(client.callForError("unpaid"), 1022, "Unpaid", null);
            assertThat(client.call(int.class, "ok")).isEqualTo(1);
        }
    }

    private static void assertError(JsonRpcErrorException error, int code, String message, String data) {
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.message()).isEqualTo(message);
        assertThat(error.data() == null ? null : error.data().toString()).isEqualTo(data);
    }
}
