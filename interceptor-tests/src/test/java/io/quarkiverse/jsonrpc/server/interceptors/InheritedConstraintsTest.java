package io.quarkiverse.jsonrpc.server.interceptors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A served method is validated by the constraints it inherits where quarkus-hibernate-validator alone would not
 * intercept it: a method implementing a generic interface's or superclass's ({@code save(Book)} of
 * {@code Repository<Book>}), and a default method of an interface, whose binding CDI does not take from the interface.
 */
class InheritedConstraintsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(root -> root.addClasses(Book.class, Repository.class, Books.class, Journal.class,
                    Diary.class, Greeter.class, Greeters.class));

    public record Book(@NotBlank String title) {
    }

    public interface Repository<T> {
        @JsonRpc
        String save(@Valid T item);

        @JsonRpc
        String rename(@Valid T item, @Size(max = 5) String to);

        @JsonRpc
        String archive(@Valid T item);

        @JsonRpc
        String label(@Valid T item);
    }

    public static class Books implements Repository<Book> {
        @Override
        public String save(Book item) {
            return "saved " + item.title();
        }

        @Override
        public String rename(Book item, String to) {
            return item.title() + " is " + to;
        }

        /** Its own {@code @JsonRpc}: still the interface method's constraints. */
        @Override
        @JsonRpc
        public String archive(Book item) {
            return "archived " + item.title();
        }

        /** A constraint of its own, on the result: quarkus-hibernate-validator binds its interceptor itself. */
        @Override
        public @NotBlank String label(Book item) {
            return item.title();
        }
    }

    public abstract static class Journal<T> {
        @JsonRpc
        public abstract String write(@Valid T page);
    }

    public static class Diary extends Journal<Book> {
        @Override
        public String write(Book page) {
            return "wrote " + page.title();
        }
    }

    public interface Greeter {
        @JsonRpc
        default String greet(@NotBlank String name) {
            return "hello " + name;
        }

        @JsonRpc
        String bye(@NotBlank String name);

        /** Served as its implementation declares it: the constraints are the interface's, where they must be. */
        String nod(@Size(max = 5) String name);
    }

    public static class Greeters implements Greeter {
        @Override
        public String bye(String name) {
            return "bye " + name;
        }

        @JsonRpc
        public String wave(String name) {
            return "wave " + name;
        }

        @Override
        @JsonRpc
        public String nod(String name) {
            return "nod to " + name;
        }
    }

    static final String BLANK_TITLE = "Invalid params: 'item.title' must not be blank";

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void anInterfacesConstraintsOnATypeVariableAreChecked() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            assertThat(client.call(String.class, "save", new Book("Dune"))).isEqualTo("saved Dune");
            JsonRpcErrorException error = client.callForError("save", new Book(" "));
            assertThat(error.code()).isEqualTo(-32602);
            assertThat(error.message()).isEqualTo(BLANK_TITLE);
            assertThat(error.data().toString()).isEqualTo("[{\"path\":\"item.title\",\"message\":\"must not be blank\"}]");
        }
    }

    @Test
    void theOtherParamsOfSuchAMethodAreCheckedToo() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            assertThat(client.call(String.class, "rename", new Book("Dune"), "Kynes")).isEqualTo("Dune is Kynes");
            JsonRpcErrorException error = client.callForError("rename", new Book(""), "Caladan");
            assertThat(error.code()).isEqualTo(-32602);
            assertThat(error.message()).isEqualTo(BLANK_TITLE);
            assertThat(error.data().toString()).isEqualTo("[{\"path\":\"item.title\",\"message\":\"must not be blank\"},"
                    + "{\"path\":\"to\",\"message\":\"size must be between 0 and 5\"}]");
        }
    }

    @Test
    void anImplementationWithItsOwnJsonRpcIsCheckedByTheInterfacesConstraints() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            assertThat(client.call(String.class, "archive", new Book("Dune"))).isEqualTo("archived Dune");
            assertThat(client.callForError("archive", new Book(" ")).message()).isEqualTo(BLANK_TITLE);
        }
    }

    @Test
    void anImplementationWithAConstraintOfItsOwnIsCheckedToo() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            assertThat(client.call(String.class, "label", new Book("Dune"))).isEqualTo("Dune");
            JsonRpcErrorException error = client.callForError("label", new Book(" "));
            assertThat(error.message()).isEqualTo(BLANK_TITLE);
            assertThat(error.data().toString()).isEqualTo("[{\"path\":\"item.title\",\"message\":\"must not be blank\"}]");
        }
    }

    @Test
    void aGenericSuperclasssConstraintsAreChecked() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            assertThat(client.call(String.class, "write", new Book("Dune"))).isEqualTo("wrote Dune");
            JsonRpcErrorException error = client.callForError("write", new Book(" "));
            assertThat(error.code()).isEqualTo(-32602);
            assertThat(error.message()).isEqualTo("Invalid params: 'page.title' must not be blank");
        }
    }

    @Test
    void aDefaultMethodsConstraintsAreChecked() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            assertThat(client.call(String.class, "greet", "Ann")).isEqualTo("hello Ann");
            JsonRpcErrorException error = client.callForError("greet", " ");
            assertThat(error.code()).isEqualTo(-32602);
            assertThat(error.message()).isEqualTo("Invalid params: 'name' must not be blank");
            assertThat(error.data().toString()).isEqualTo("[{\"path\":\"name\",\"message\":\"must not be blank\"}]");
        }
    }

    /**
     * A method served as its class declares it, with the constraints of the interface method it implements: checked,
     * and described by them in the OpenRPC document, as the ones of a method served as the interface declares it.
     */
    @Test
    void theConstraintsOfAnImplementedMethodAreCheckedAndDescribed() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            assertThat(client.call(String.class, "nod", "Ann")).isEqualTo("nod to Ann");
            assertThat(client.callForError("nod", "Kynes-Liet").message())
                    .isEqualTo("Invalid params: 'name' size must be between 0 and 5");
        }
        JsonNode methods = Http.getJson("/jsonrpc/openrpc.json").get("methods");
        assertThat(schemaOfFirstParam(methods, "nod")).hasToString("{\"type\":\"string\",\"maxLength\":5}");
    }

    private static JsonNode schemaOfFirstParam(JsonNode methods, String name) {
        for (JsonNode method : methods) {
            if (method.get("name").asText().equals(name)) {
                return method.at("/params/0/schema");
            }
        }
        throw new AssertionError("No method " + name + " in " + methods);
    }

    @Test
    void theOtherMethodsOfItsBeanAreCheckedAsTheyWere() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            assertThat(client.callForError("bye", " ").message()).isEqualTo("Invalid params: 'name' must not be blank");
            assertThat(client.call(String.class, "bye", "Ann")).isEqualTo("bye Ann");
            assertThat(client.call(String.class, "wave", " ")).isEqualTo("wave  ");
        }
    }
}
