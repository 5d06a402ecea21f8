package io.quarkiverse.jsonrpc.server.test.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.googlecode.jsonrpc4j.JsonRpcClientException;
import com.googlecode.jsonrpc4j.JsonRpcHttpClient;
import com.googlecode.jsonrpc4j.ProxyUtil;

import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkiverse.jsonrpc.testsupport.OpenRpcDocuments;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A jsonrpc4j service moved as the jsonrpc4j migration guide says, called by the clients already deployed: jsonrpc4j
 * 1.6's own proxy, with the interface's jsonrpc4j annotations. Each test is a claim of the guide.
 */
public class Jsonrpc4jMigrationTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(UserService.class, Users.class, User.class,
                    UserNotFoundException.class, DeployedUserClient.class, SingleValuesAsLists.class))
            // jsonrpc4j's client makes the exception from its name, with Class.forName: loaded beside the
            // application's classes, it sees them, as in the client applications it stands for
            .overrideConfigKey("quarkus.class-loading.reloadable-artifacts",
                    "com.github.briandilley.jsonrpc4j:jsonrpc4j");

    @TestHTTPResource("/UserService.json")
    URL service;

    /** The customizer the guide gives for jsonrpc4j's reading of a single value where a list is expected. */
    @Singleton
    public static class SingleValuesAsLists implements ObjectMapperCustomizer {

        @Override
        public void customize(ObjectMapper mapper) {
            mapper.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        }
    }

    @Test
    void theDeployedClientCallsByPositionAndByItsParamNames() throws Exception {
        DeployedUserClient users = deployedClient();

        assertThat(users.get(1)).isEqualTo(new User(1, "Ada"));
        assertThat(users.find("A")).containsExactly(new User(1, "Ada"), new User(2, "Alan"));
    }

    @Test
    void theServiceIsServedAtItsOwnUrlOnlyOverBothTransports() throws Exception {
        String get = "{\"jsonrpc\":\"2.0\",\"method\":\"user.get\",\"params\":[1],\"id\":1}";
        String ada = "{\"jsonrpc\":\"2.0\",\"result\":{\"id\":1,\"name\":\"Ada\"},\"id\":1}";

        assertThat(HttpRpc.call("/UserService.json", get)).isEqualTo(ada);
        try (JsonRpcTestClient ws = JsonRpcTestClient.ws(service.toURI())) {
            assertThat(ws.exchange(get)).isEqualTo(ada);
        }
        assertThat(HttpRpc.call("/jsonrpc", get)).contains("\"code\":-32601");
    }

    @Test
    void theGuidesExceptionIsThrownAgainByTheDeployedClient() throws Exception {
        JsonNode error = Http.json(HttpRpc.call("/UserService.json",
                "{\"jsonrpc\":\"2.0\",\"method\":\"user.get\",\"params\":[7],\"id\":1}")).get("error");
        assertThat(error.get("code").asInt()).isEqualTo(1001);
        assertThat(error.get("message").asText()).isEqualTo("User not found");
        // Map.of orders its entries as it likes: the members are compared, not the text
        assertThat(error.get("data")).isEqualTo(Http.json("{\"exceptionTypeName\":\""
                + UserNotFoundException.class.getName() + "\",\"message\":\"No user 7\"}"));

        assertThatThrownBy(() -> deployedClient().get(7)).isInstanceOf(UserNotFoundException.class)
                .hasMessage("No user 7");
    }

    @Test
    void theDeclaredExceptionIsListedInTheOpenRpcDocument() {
        JsonNode document = Http.getJson("/UserService.json/openrpc.json");

        JsonNode errors = OpenRpcDocuments.method(document, "user.get").path("errors");
        assertThat(Http.each(errors, "/code")).containsExactly("1001");
        assertThat(Http.each(errors, "/message")).containsExactly("User not found");
    }

    @Test
    void anyOtherExceptionIsAnInternalErrorTheClientDoesNotThrowAgain() {
        // include-details is true in test mode: the exception's message and class reach the client
        assertThatThrownBy(() -> deployedClient().fail()).isInstanceOfSatisfying(JsonRpcClientException.class, e -> {
            assertThat(e.getCode()).isEqualTo(-32603);
            assertThat(e.getMessage()).isEqualTo("the user store is down");
            assertThat(e.getData().get("exception").asText()).isEqualTo("java.lang.IllegalStateException");
            assertThat(e.getData().get("message").asText()).isEqualTo("the user store is down");
        });
    }

    @Test
    void aSingleValueIsReadAsAListWithTheGuidesCustomizer() {
        assertThat(HttpRpc.call("/UserService.json",
                "{\"jsonrpc\":\"2.0\",\"method\":\"user.tagged\",\"params\":{\"tags\":\"admin\"},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":[\"admin\"],\"id\":1}");
        assertThat(HttpRpc.call("/UserService.json",
                "{\"jsonrpc\":\"2.0\",\"method\":\"user.tagged\",\"params\":[\"admin\"],\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":[\"admin\"],\"id\":2}");
    }

    /** jsonrpc4j's server also took a call in a GET's query; this extension serves POST, and says so. */
    @Test
    void aCallInTheQueryOfAGetIsTurnedAway() {
        String params = Base64.getEncoder().encodeToString("[1]".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> get = Http.get("/UserService.json?method=user.get&id=1&params="
                + URLEncoder.encode(params, StandardCharsets.UTF_8));
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        assertThat(get.body()).isEqualTo("JSON-RPC over HTTP takes a POST request whose body is the JSON-RPC request");
    }

    @Test
    void aBigDecimalKeepsEveryDigitAndItsScale() {
        assertThat(HttpRpc.call("/UserService.json",
                "{\"jsonrpc\":\"2.0\",\"method\":\"user.credit\","
                        + "\"params\":[12345678901234567890.1234567890123450],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":12345678901234567890.1234567890123450,\"id\":1}");
    }

    @Test
    void theGuidesExceptionIsThisOne() throws Exception {
        String guide = Files.readString(Path.of("../docs/modules/ROOT/pages/migration-jsonrpc4j.adoc"));
        int start = guide.indexOf("@JsonRpcError(code = 1001", guide.indexOf("[source,java]"));
        String sample = guide.substring(start, guide.indexOf("----", start));
        String source = Files.readString(Path.of("src/test/java/" + UserNotFoundException.class.getName()
                .replace('.', '/') + ".java"));

        assertThat(normalized(source)).contains(normalized(sample));
    }

    private DeployedUserClient deployedClient() throws Exception {
        return ProxyUtil.createClientProxy(getClass().getClassLoader(), DeployedUserClient.class,
                new JsonRpcHttpClient(service));
    }

    private static String normalized(String java) {
        return java.replaceAll("\\s+", " ").trim();
    }
}
