package io.quarkiverse.jsonrpc.server.test.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpcMethods;
import io.quarkiverse.jsonrpc.server.JsonRpcMethods.MethodInfo;
import io.quarkiverse.jsonrpc.server.spi.CallListener;
import io.quarkiverse.jsonrpc.server.test.TransportClients;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * {@code @JsonRpcEndpoint}: a class's methods served at a path of their own over both transports, and only there;
 * the same name at two endpoints, two methods; an OpenRPC document for each.
 */
public class JsonRpcEndpointTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Endpoints.class, Endpoints.Public.class, Endpoints.Admin.class,
                    Endpoints.AdminUsers.class, Endpoints.AuditedAdmin.class, Endpoints.AdminBase.class,
                    Endpoints.Greeter.class, Endpoints.EnglishGreeter.class, Endpoints.Users.class,
                    Endpoints.UserService.class, EndpointsSeen.class, TransportClients.class));

    /** What a call listener is told of each call's endpoint. */
    @Singleton
    public static class EndpointsSeen implements CallListener {
        static final BlockingQueue<String> seen = new LinkedBlockingQueue<>();

        @Override
        public Call onStart(Request request) {
            seen.add(request.method() + " at " + request.endpoint());
            return (errorCode, errorMessage, durationNanos) -> {
            };
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI configured;

    @TestHTTPResource("/admin")
    URI admin;

    @TestHTTPResource("/audit")
    URI audit;

    @TestHTTPResource("/greetings")
    URI greetings;

    @TestHTTPResource("/users")
    URI users;

    @Inject
    JsonRpcMethods methods;

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void eachEndpointServesItsOwnMethods(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, configured)) {
            assertThat(client.call(String.class, "ping")).isEqualTo("public");
        }
        try (JsonRpcTestClient client = TransportClients.over(transport, admin)) {
            assertThat(client.call(String.class, "ping")).isEqualTo("admin");
            assertThat(client.call(String.class, "restart", "mail")).isEqualTo("mail restarted");
            assertThat(client.call(Integer.class, "users.count")).isEqualTo(3);
        }
        try (JsonRpcTestClient client = TransportClients.over(transport, audit)) {
            assertThat(client.call(String.class, "audit")).isEqualTo("audited");
        }
        try (JsonRpcTestClient client = TransportClients.over(transport, greetings)) {
            assertThat(client.call(String.class, "hello", "Ada")).isEqualTo("Hello, Ada");
        }
        try (JsonRpcTestClient client = TransportClients.over(transport, users)) {
            assertThat(client.call(String.class, "users.find", "Ada")).isEqualTo("found Ada");
            assertThat(client.callNamed(String.class, "users.find", Map.of("name", "Ada"))).isEqualTo("found Ada");
            assertThat(client.callNamedForError("users.find", Map.of("user_name", "Ada")).message())
                    .isEqualTo("Invalid params: unknown parameter 'user_name' for method 'users.find'");
            assertThat(client.call(Integer.class, "users.total")).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void callListenersAreToldTheEndpoint(String transport) throws InterruptedException {
        EndpointsSeen.seen.clear();
        try (JsonRpcTestClient client = TransportClients.over(transport, configured)) {
            client.call("ping");
        }
        try (JsonRpcTestClient client = TransportClients.over(transport, admin)) {
            client.call("ping");
        }
        assertThat(EndpointsSeen.seen.poll(10, TimeUnit.SECONDS)).isEqualTo("ping at null");
        assertThat(EndpointsSeen.seen.poll(10, TimeUnit.SECONDS)).isEqualTo("ping at /admin");
    }

    @ParameterizedTest
    @ValueSource(strings = { TransportClients.HTTP, TransportClients.WEBSOCKET })
    void aMethodOfAnotherEndpointIsNotFound(String transport) {
        try (JsonRpcTestClient client = TransportClients.over(transport, configured)) {
            assertNotFound(client.callForError("restart", "mail"), "restart");
            assertNotFound(client.callForError("hello", "Ada"), "hello");
            assertNotFound(client.callForError("find", "Ada"), "find");
            assertNotFound(client.callForError("users.find", "Ada"), "users.find");
        }
        try (JsonRpcTestClient client = TransportClients.over(transport, admin)) {
            assertNotFound(client.callForError("audit"), "audit");
            assertNotFound(client.callForError("hello", "Ada"), "hello");
        }
    }

    private static void assertNotFound(JsonRpcErrorException error, String method) {
        assertThat(error.code()).isEqualTo(-32601);
        assertThat(error.message()).isEqualTo("Method not found");
        assertThat(error.data().asText()).isEqualTo("No method named '" + method + "'");
    }

    @Test
    void eachEndpointHasItsOwnOpenRpcDocument() throws Exception {
        try (JsonRpcTestClient client = JsonRpcTestClient.ws(admin)) {
            assertThat(methodNames(client.call("rpc.discover"))).containsExactly("ping", "restart", "users.count");
        }
        try (JsonRpcTestClient client = JsonRpcTestClient.http(configured)) {
            assertThat(methodNames(client.call("rpc.discover"))).containsExactly("ping");
        }
        JsonNode greetingsDocument = Http.getJson("/greetings/openrpc.json");
        assertThat(methodNames(greetingsDocument)).containsExactly("hello");
    }

    private static List<String> methodNames(JsonNode document) {
        List<String> names = new ArrayList<>();
        document.get("methods").forEach(method -> names.add(method.get("name").asText()));
        return names;
    }

    @Test
    void theRegisteredMethodsSayTheirEndpoint() {
        assertThat(methods.all()).extracting(MethodInfo::endpoint, MethodInfo::name).containsExactly(
                tuple(null, "ping"),
                tuple("/admin", "ping"),
                tuple("/admin", "restart"),
                tuple("/admin", "users.count"),
                tuple("/audit", "audit"),
                tuple("/greetings", "hello"),
                tuple("/users", "users.find"),
                tuple("/users", "users.total"));
        assertThat(methods.find("ping")).map(MethodInfo::declaringClass).contains(Endpoints.Public.class.getName());
        assertThat(methods.find("/admin", "ping")).map(MethodInfo::declaringClass)
                .contains(Endpoints.Admin.class.getName());
        assertThat(methods.find("restart")).isEmpty();
    }
}
