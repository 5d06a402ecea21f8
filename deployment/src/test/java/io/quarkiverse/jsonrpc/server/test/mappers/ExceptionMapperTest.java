package io.quarkiverse.jsonrpc.server.test.mappers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcError;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.server.test.TransportClients;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcSubscription;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Exception mappers map what methods throw, third-party exceptions included, to errors: the most specific class
 * decides, a local mapper before a global one of the same class, both before the class's own {@code @JsonRpcError};
 * a {@code Uni} of the error, a declining {@code null} and a failing mapper; failures of a {@code Uni} method, checked
 * exceptions and a stream's failure; the log says DEBUG of a mapped exception.
 */
public class ExceptionMapperTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(
                    jar -> jar.addClasses(Catalog.class, Shop.class, Mappers.class, Directory.class, PhoneBook.class,
                            Ledger.class,
                            QuotaExceededException.class, OutOfStockException.class, LogWatch.class, TransportClients.class))
            .overrideConfigKey("quarkus.log.category.\"io.quarkiverse.jsonrpc\".level", "DEBUG");

    @JsonRpcError(code = 1001, message = "Quota exceeded")
    public static class QuotaExceededException extends RuntimeException implements JsonRpcError.Data {
        @Override
        public Object errorData() {
            return Map.of("limit", 10);
        }
    }

    /** Declares an error, which a global mapper of its own class overrides. */
    @JsonRpcError(code = 1002)
    public static class OutOfStockException extends RuntimeException {
        public OutOfStockException(String item) {
            super(item);
        }
    }

    /** Serves methods: its mappers are local to them. */
    public static class Catalog {
        @JsonRpc
        public int lookup(String key) {
            if ("answer".equals(key)) {
                return 42;
            }
            throw new NoSuchElementException(key);
        }

        @JsonRpc
        public Uni<Integer> lookupLater(String key) {
            return Uni.createFrom().failure(new NoSuchElementException(key));
        }

        /** NumberFormatException extends IllegalArgumentException: the global mapper of that class is more specific. */
        @JsonRpc
        public int parse(String text) {
            return Integer.parseInt(text);
        }

        @JsonRpc
        public int broken() {
            throw new IllegalStateException("broken");
        }

        @JsonRpc
        public int overQuota() {
            throw new QuotaExceededException();
        }

        @JsonRpc
        public int refused() {
            throw new JsonRpcException(-32010, "Refused");
        }

        /** The context may come first. */
        @JsonRpcExceptionMapper
        JsonRpcException missing(JsonRpcContext context, NoSuchElementException e) {
            return new JsonRpcException(404, "Not found: " + e.getMessage(), context.method());
        }

        @JsonRpcExceptionMapper
        JsonRpcException anyRuntime(RuntimeException e) {
            return new JsonRpcException(500, "Catalog failed: " + e.getMessage());
        }
    }

    /** Serves methods, without mappers of its own: the global ones apply. */
    public static class Shop {
        @JsonRpc
        public int buy(String item) {
            throw new NoSuchElementException(item);
        }

        @JsonRpc
        public int restock(String item) {
            throw new OutOfStockException(item);
        }

        /** A checked exception, thrown on a worker thread. */
        @JsonRpc
        public int pay(int amount) throws IOException {
            throw new IOException("card reader offline");
        }

        @JsonRpc
        public int refund() throws TimeoutException {
            throw new TimeoutException("bank too slow");
        }

        @JsonRpc
        public int audit() {
            throw new UnsupportedOperationException("no audit");
        }

        /** As {@link #audit()}, for the log test alone: the first failure of a kind is the one logged at ERROR. */
        @JsonRpc
        public int inspect() {
            throw new UnsupportedOperationException("no inspection");
        }

        @JsonRpc
        public Multi<Integer> countdown() {
            return Multi.createBy().concatenating().streams(Multi.createFrom().items(3, 2),
                    Multi.createFrom().failure(new NoSuchElementException("1")));
        }
    }

    public interface Directory {
        @JsonRpc
        int entry(String name);
    }

    /**
     * Serves a method of its interface, and, by its unannotated override, one of its superclass: its mapper is local
     * to them, as it is to a class's own (else it would clash with the global one of the same type).
     */
    public static class PhoneBook extends Ledger implements Directory {
        @Override
        public int entry(String name) {
            throw new NoSuchElementException(name);
        }

        @Override
        public int balance(String account) {
            throw new NoSuchElementException(account);
        }

        @JsonRpcExceptionMapper
        JsonRpcException unlisted(NoSuchElementException e) {
            return new JsonRpcException(410, "Unlisted: " + e.getMessage());
        }
    }

    public abstract static class Ledger {
        @JsonRpc
        public abstract int balance(String account);
    }

    /** Serves no method: its mappers are global. */
    public static class Mappers {
        @JsonRpcExceptionMapper
        JsonRpcException notFound(NoSuchElementException e) {
            return new JsonRpcException(4040, "No such thing: " + e.getMessage());
        }

        @JsonRpcExceptionMapper
        JsonRpcException badArgument(IllegalArgumentException e) {
            return new JsonRpcException(400, "Bad argument: " + e.getMessage());
        }

        @JsonRpcExceptionMapper
        Uni<JsonRpcException> io(IOException e, JsonRpcContext context) {
            return Uni.createFrom().item(() -> new JsonRpcException(503, "Unavailable: " + e.getMessage(),
                    context.method() + " over " + context.transport()));
        }

        @JsonRpcExceptionMapper
        JsonRpcException outOfStock(OutOfStockException e) {
            return new JsonRpcException(409, "Out of stock: " + e.getMessage());
        }

        /** Declines a timeout, and has a bug for the other. */
        @JsonRpcExceptionMapper({ TimeoutException.class, UnsupportedOperationException.class })
        JsonRpcException several(Exception e) {
            if (e instanceof TimeoutException) {
                return null;
            }
            throw new IllegalStateException("mapper bug");
        }
    }

    /** What the engine throws for a mapper that failed, as the log names it. */
    static final String MAPPER_FAILURE = "io.quarkiverse.jsonrpc.server.runtime.engine.ExceptionMappers$MapperFailedException";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void aLocalMapperMapsItsClassesMethods(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, uri)) {
            assertThat(client.call(int.class, "lookup", "answer")).isEqualTo(42);
            assertError(client.callForError("lookup", "question"), 404, "Not found: question", "\"lookup\"");
            assertError(client.callForError("lookupLater", "question"), 404, "Not found: question", "\"lookupLater\"");
            assertError(client.callForError("broken"), 500, "Catalog failed: broken", null);
        }
    }

    @Test
    void aMapperIsLocalToTheMethodsItsClassServesFromAnInterfaceOrASuperclass() {
        try (JsonRpcTestClient client = TransportClients.over(TransportClients.HTTP, uri)) {
            assertError(client.callForError("entry", "Ada"), 410, "Unlisted: Ada", null);
            assertError(client.callForError("balance", "Ada"), 410, "Unlisted: Ada", null);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void theMostSpecificClassDecides(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, uri)) {
            // a global mapper of IllegalArgumentException over the local one of RuntimeException
            assertError(client.callForError("parse", "x"), 400, "Bad argument: For input string: \"x\"", null);
            // the exception's own @JsonRpcError over the local mapper of RuntimeException, with its data
            assertError(client.callForError("overQuota"), 1001, "Quota exceeded", "{\"limit\":10}");
            // a JsonRpcException is never mapped
            assertError(client.callForError("refused"), -32010, "Refused", null);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void globalMappersMapEveryMethod(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, uri)) {
            assertError(client.callForError("buy", "kite"), 4040, "No such thing: kite", null);
            // a mapper of the exception's own class over its @JsonRpcError
            assertError(client.callForError("restock", "kite"), 409, "Out of stock: kite", null);
            assertError(client.callForError("pay", 10), 503, "Unavailable: card reader offline",
                    "\"pay over " + transport + "\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void aDecliningMapperLeavesTheExceptionAsItWouldBeAndAFailingOneIsABug(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, uri)) {
            assertError(client.callForError("refund"), -32603, "bank too slow",
                    "{\"exception\":\"java.util.concurrent.TimeoutException\",\"message\":\"bank too slow\"}");
            JsonRpcErrorException failed = client.callForError("audit");
            assertThat(failed.code()).isEqualTo(-32603);
            assertThat(failed.message()).isEqualTo("Exception mapper " + Mappers.class.getName()
                    + "#several failed to map java.lang.UnsupportedOperationException:"
                    + " java.lang.IllegalStateException: mapper bug");
            // the class is the mapper's failure, not the extension's that explains it
            assertThat(failed.data().get("exception").asText()).isEqualTo("java.lang.IllegalStateException");
            assertThat(failed.data().get("message").asText()).isEqualTo(failed.message());
        }
    }

    /** A stream's failure is mapped as the method's own, by the mappers of the method. */
    @Test
    void aStreamFailureIsMapped() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            JsonRpcSubscription countdown = client.subscribe("countdown");
            JsonRpcErrorException error = countdown.awaitError();
            assertThat(error.code()).isEqualTo(4040);
            assertThat(error.message()).isEqualTo("No such thing: 1");
        }
    }

    @Test
    void aMappedExceptionIsLoggedAtDebugAndAFailingMapperAtError() {
        List<LogRecord> records;
        try (LogWatch log = LogWatch.extension(); JsonRpcTestClient client = JsonRpcTestClient.http(uri)) {
            client.callForError("lookup", "question");
            client.callForError("pay", 10);
            client.callForError("inspect");
            records = log.records().stream().filter(record -> LogWatch.message(record).startsWith("Method ")).toList();
        }
        assertThat(records).extracting(LogWatch::message).containsExactly(
                "Method lookup [id: 1] failed with java.util.NoSuchElementException, mapped by " + Catalog.class.getName()
                        + "#missing to error 404: Not found: question",
                "Method pay [id: 2] failed with java.io.IOException, mapped by " + Mappers.class.getName()
                        + "#io to error 503: Unavailable: card reader offline",
                "Method inspect [id: 3] failed (further " + MAPPER_FAILURE + " failures of it are logged at DEBUG)");
        assertThat(records).extracting(LogRecord::getLevel).containsExactly(Level.FINE, Level.FINE, Level.SEVERE);
        assertThat(records.get(0).getThrown()).isInstanceOf(NoSuchElementException.class);
    }

    private static void assertError(JsonRpcErrorException error, int code, String message, String data) {
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.message()).isEqualTo(message);
        assertThat(error.data() == null ? null : error.data().toString()).isEqualTo(data);
    }
}
