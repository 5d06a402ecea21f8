package io.quarkiverse.jsonrpc.client.test.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.server.JsonRpcNotification;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A client interface that redeclares an inherited method without {@code @JsonRpc}, to document it anew or to narrow
 * its result, calls what the declaration it redeclares calls: its name, its params' names, its namespace, as the
 * server serves such a redeclaration. A narrowed result is read into the narrower type; a type annotation added to a
 * param changes nothing.
 */
public class RedeclaredMethodClientTest {

    static final int PORT = SharedTcpRelay.port(RedeclaredMethodClientTest.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Book.class, Library.class, Repository.class, Libraries.class,
                    LibraryClient.class, Catalog.class, BookCatalog.class, Visits.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"library\".url", "http://localhost:" + PORT + "/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"library\".params-style", "named");

    public record Book(String title, int year) {
    }

    @JsonRpcNamespace("library")
    public interface Library {
        @JsonRpc("opening-hours")
        String hours(String day);

        @JsonRpc
        Object oldest();

        @JsonRpc
        String address(String branch);
    }

    public interface Repository<T> {
        @JsonRpc
        T find(String title);
    }

    public interface Visits {
        @JsonRpc
        void visit(String name);
    }

    public interface Catalog {
        @JsonRpc
        Object newest();
    }

    /** Narrows the result of the interface it extends. */
    public interface BookCatalog extends Catalog {
        @Override
        Book newest();
    }

    @JsonRpcNamespace("library")
    public static class Libraries implements Library, Repository<Book>, Catalog {
        static final BlockingQueue<String> visits = new LinkedBlockingQueue<>();

        /** Says whether it was called or notified. */
        @JsonRpc
        public void visit(String name, JsonRpcContext context) {
            visits.add(name + (context.isNotification() ? ", notified" : ", called"));
        }

        @Override
        public Book newest() {
            return new Book("Piranesi", 2020);
        }

        @Override
        public String hours(String day) {
            return day.equals("sunday") ? "closed" : "9-18";
        }

        @Override
        public Book oldest() {
            return new Book("Beowulf", 1000);
        }

        @Override
        public String address(String branch) {
            return branch + " Street 1";
        }

        @Override
        public Book find(String title) {
            return new Book(title, 1965);
        }
    }

    @RegisterJsonRpcClient(configKey = "library")
    @JsonRpcNamespace("library")
    public interface LibraryClient extends Library, Repository<Book>, Catalog, BookCatalog, Visits {
        /** Redeclared a notification: sent as one, without an id, nothing awaited but the exchange. */
        @Override
        @JsonRpcNotification
        void visit(String name);

        /** Documented anew, under another param name: the call is still opening-hours with the declaration's day. */
        @Override
        String hours(String weekday);

        /** Narrowed: the result is read into a Book. */
        @Override
        Book oldest();

        /** A type annotation added to a param (JSpecify's @Nullable is one): the same method to the JVM. */
        @Override
        String address(@Nullable String branch);

        /** The bound type, redeclared. */
        @Override
        Book find(String title);
    }

    @TestHTTPResource
    URL application;

    @Inject
    @JsonRpcClient
    LibraryClient client;

    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(RedeclaredMethodClientTest.class.getName(), application.getPort());
    }

    @Test
    void aRedeclarationCallsTheMethodItRedeclaresUnderItsNameAndNamespace() {
        assertThat(client.hours("sunday")).isEqualTo("closed");
        assertThat(((Library) client).hours("monday")).isEqualTo("9-18");
    }

    @Test
    void aRedeclarationMarkedJsonRpcNotificationIsSentAsOne() throws InterruptedException {
        client.visit("ada");
        assertThat(Libraries.visits.poll(10, TimeUnit.SECONDS)).isEqualTo("ada, notified");
    }

    @Test
    void aNarrowedResultIsReadIntoTheNarrowerType() {
        assertThat(client.oldest()).isEqualTo(new Book("Beowulf", 1000));
        assertThat(((Library) client).oldest()).isEqualTo(new Book("Beowulf", 1000));
    }

    /** Catalog listed before the BookCatalog that narrows its method: the narrower declaration is the one written. */
    @Test
    void theMostSpecificInheritedDeclarationIsTheOneImplemented() {
        assertThat(client.newest()).isEqualTo(new Book("Piranesi", 2020));
        assertThat(((Catalog) client).newest()).isEqualTo(new Book("Piranesi", 2020));
    }

    @Test
    void aRedeclarationAddingATypeAnnotationCallsTheMethodItRedeclares() {
        assertThat(client.address("Main")).isEqualTo("Main Street 1");
        assertThat(((Library) client).address("North")).isEqualTo("North Street 1");
    }

    @Test
    void aRedeclaredMethodOfAGenericInterfaceReadsTheBoundType() {
        assertThat(client.find("Dune")).isEqualTo(new Book("Dune", 1965));
        Repository<Book> repository = client;
        assertThat(repository.find("Solaris")).isEqualTo(new Book("Solaris", 1965));
    }
}
