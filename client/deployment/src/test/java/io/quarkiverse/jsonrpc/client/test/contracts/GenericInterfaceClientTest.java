package io.quarkiverse.jsonrpc.client.test.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;

/**
 * A client interface that extends a generic contract, binding its type variable: what the contract declares as
 * {@code T} the client reads as the bound type, in a result, in a list of them and in a {@code Uni}, as the server
 * implementing the same contract serves it.
 */
public class GenericInterfaceClientTest {

    static final int PORT = SharedTcpRelay.port(GenericInterfaceClientTest.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Repository.class, Book.class, Books.class, BookClient.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"books\".url", "http://localhost:" + PORT + "/jsonrpc");

    public record Book(String title, int year) {
    }

    public interface Repository<T> {
        @JsonRpc
        T find(String title);

        @JsonRpc
        List<T> all();

        @JsonRpc
        Uni<T> latest();

        @JsonRpc
        void save(T item);
    }

    @JsonRpcNamespace("books")
    public static class Books implements Repository<Book> {

        private final List<Book> books = new CopyOnWriteArrayList<>(List.of(new Book("Dune", 1965)));

        @Override
        public Book find(String title) {
            return books.stream().filter(book -> book.title().equals(title)).findFirst().orElse(null);
        }

        @Override
        public List<Book> all() {
            return List.copyOf(books);
        }

        @Override
        public Uni<Book> latest() {
            return Uni.createFrom().item(() -> books.get(books.size() - 1));
        }

        @Override
        public void save(Book item) {
            books.add(item);
        }
    }

    @RegisterJsonRpcClient(configKey = "books")
    @JsonRpcNamespace("books")
    public interface BookClient extends Repository<Book> {
    }

    @TestHTTPResource
    URL application;

    @Inject
    @JsonRpcClient
    BookClient client;

    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(GenericInterfaceClientTest.class.getName(), application.getPort());
    }

    @Test
    void theBoundTypeIsReadWhereTheContractSaysT() {
        Book found = client.find("Dune");
        assertThat(found).isEqualTo(new Book("Dune", 1965));

        client.save(new Book("Solaris", 1961));

        List<Book> all = client.all();
        assertThat(all).containsExactly(new Book("Dune", 1965), new Book("Solaris", 1961));
        assertThat(client.latest().await().atMost(Duration.ofSeconds(10))).isEqualTo(new Book("Solaris", 1961));
    }
}
