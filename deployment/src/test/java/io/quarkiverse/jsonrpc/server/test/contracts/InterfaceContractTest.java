package io.quarkiverse.jsonrpc.server.test.contracts;

import static io.quarkiverse.jsonrpc.testsupport.OpenRpcDocuments.method;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.test.execution.ThreadInfo;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A bean serves the {@code @JsonRpc} methods of the interface it implements, with everything the interface's
 * annotations say (name, namespace, transports, timeout, thread, summary), over both transports and in the OpenRPC
 * document; where the implementation says otherwise, the implementation wins. The type variables of a generic
 * interface or superclass are what the bean binds them to.
 */
public class InterfaceContractTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Greeter.class, Versioned.class, GreeterService.class,
                    ThreadInfo.class, Repository.class, Books.class, Book.class, Shelf.class,
                    BookShelf.class));

    @TestHTTPResource("/jsonrpc")
    URI uri;

    /** The implementation is a bean of the interface's type, though it has no bean-defining annotation. */
    @Inject
    Greeter greeter;

    @Test
    void paramsBindByTheInterfaceNamesOverHttp() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"greeter.greet\",\"params\":{\"name\":\"Ada\"},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"Hello Ada\",\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"greeter.greet\",\"params\":{\"who\":\"Ada\"},\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,\"message\":\"Invalid params: unknown"
                        + " parameter 'who' for method 'greeter.greet'\"},\"id\":2}");
        assertThat(greeter.greet("CDI")).isEqualTo("Hello CDI");
    }

    @Test
    void overWebSocket() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            assertThat(client
                    .exchange("{\"jsonrpc\":\"2.0\",\"method\":\"greeter.greet\",\"params\":{\"name\":\"Bob\"},\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"Hello Bob\",\"id\":1}");
            assertThat(client.subscribe("greeter.countdown", 2).awaitItems()).map(JsonNode::asInt).containsExactly(2, 1);
        }
    }

    @Test
    void transportsOfTheInterface() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"greeter.httpOnly\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"http\",\"id\":1}");
        assertThat(HttpRpc.answer("{\"jsonrpc\":\"2.0\",\"method\":\"greeter.countdown\",\"params\":[1],\"id\":2}")
                .at("/error/code").asInt()).isEqualTo(-32601);
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            assertThat(Http.json(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"greeter.httpOnly\",\"id\":3}"))
                    .at("/error/code").asInt()).isEqualTo(-32601);
        }
    }

    @Test
    void timeoutOfTheInterface() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"greeter.hang\",\"id\":1}")).isEqualTo(
                    "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32004,\"message\":\"Call timed out\","
                            + "\"data\":\"The call did not complete within 200 ms\"},\"id\":1}");
        }
        await().atMost(Duration.ofSeconds(10)).untilTrue(GreeterService.hangCancelled);
    }

    @Test
    void executionModel() {
        JsonNode fromInterface = HttpRpc
                .answer("{\"jsonrpc\":\"2.0\",\"method\":\"greeter.threadFromInterface\",\"id\":1}");
        assertThat(fromInterface.at("/result/eventLoop").asBoolean()).isTrue();
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            JsonNode fromImplementation = Http.json(
                    client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"greeter.threadFromImplementation\",\"id\":2}"));
            assertThat(fromImplementation.at("/result/eventLoop").toString()).isEqualTo("false");
            assertThat(fromImplementation.at("/result/blockingAllowed").asBoolean()).isTrue();
        }
    }

    @Test
    void implementationAnnotationReplacesTheInterfaceOne() {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(uri)) {
            assertThat(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"greeter.implementationName\",\"id\":1}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"renamed\",\"id\":1}");
            assertThat(Http.json(client.exchange("{\"jsonrpc\":\"2.0\",\"method\":\"greeter.interfaceName\",\"id\":2}"))
                    .at("/error/code").asInt()).isEqualTo(-32601);
        }
    }

    @Test
    void defaultAndInheritedInterfaceMethods() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"greeter.language\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"en\",\"id\":1}");
        // declared on Versioned, which has no namespace: Greeter's, which extends it, applies
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"greeter.version\",\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1.0\",\"id\":2}");
    }

    @Test
    void openRpcDocumentDescribesTheInterfaceMethods() {
        JsonNode document = HttpRpc.answer("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.discover\",\"id\":1}")
                .get("result");
        assertThat(Http.each(document.get("methods"), "/name")).containsExactly("books.find",
                "books.save", "books.totalPages", "describe", "greeter.countdown", "greeter.greet", "greeter.hang",
                "greeter.httpOnly", "greeter.implementationName",
                "greeter.language", "greeter.threadFromImplementation", "greeter.threadFromInterface",
                "greeter.version");
        JsonNode greet = method(document, "greeter.greet");
        assertThat(greet.get("summary").asText()).isEqualTo("Greets someone");
        assertThat(greet.get("description").asText()).isEqualTo("Says hello to the given name");
        assertThat(Http.each(greet.get("params"), "/name")).containsExactly("name");
        assertThat(method(document, "greeter.countdown").get("x-transports").toString())
                .isEqualTo("[\"websocket\"]");
    }

    @Test
    void theTypeVariablesOfAGenericInterfaceAreWhatTheBeanBindsThemTo() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"books.save\","
                + "\"params\":{\"item\":{\"title\":\"Dune\",\"pages\":412}},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"Dune has 412 pages\",\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"books.totalPages\","
                + "\"params\":[[{\"title\":\"Dune\",\"pages\":412},{\"title\":\"Emma\",\"pages\":474}]],\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":886,\"id\":2}");
        assertThat(HttpRpc.call(
                "{\"jsonrpc\":\"2.0\",\"method\":\"books.save\",\"params\":[{\"title\":\"Dune\",\"pages\":\"many\"}],\"id\":3}"))
                .contains("\"code\":-32602");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"describe\","
                + "\"params\":[{\"title\":\"Emma\",\"pages\":474}],\"id\":4}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"Book[title=Emma, pages=474]\",\"id\":4}");

        JsonNode document = HttpRpc.answer("{\"jsonrpc\":\"2.0\",\"method\":\"rpc.discover\",\"id\":5}")
                .get("result");
        String book = "#/components/schemas/Book";
        assertThat(method(document, "books.save").at("/params/0/schema/$ref").asText())
                .isEqualTo(book);
        assertThat(method(document, "books.find").at("/result/schema/$ref").asText())
                .isEqualTo(book);
        assertThat(method(document, "books.totalPages").at("/params/0/schema/items/$ref").asText())
                .isEqualTo(book);
        assertThat(method(document, "describe").at("/params/0/schema/$ref").asText())
                .isEqualTo(book);
        assertThat(document.at("/components/schemas/Book/properties/pages/type").asText()).isEqualTo("integer");
    }
}
