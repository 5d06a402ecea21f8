package io.quarkiverse.jsonrpc.server.test.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcMethods;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * How a bean and its methods get their JSON-RPC names: a class without a bean annotation becomes a
 * {@code @Singleton}; {@code @JsonRpc("...")} replaces the Java name; {@code @JsonRpcNamespace} prefixes every name
 * of its class; inherited methods are served under the bean's namespace.
 * <p>
 * One application for all: the rules run with the default configuration, and the beans' names ({@code next},
 * {@code mymodule.rpc.ping}, {@code service.*}, {@code calc.*}) never meet, so the names a test expects to be missing
 * ({@code ping}, {@code add}) stay missing.
 */
public class NamingTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Counter.class, Health.class, Base.class, Service.class,
                    Calculator.class, Accounts.class));

    @TestHTTPResource("/jsonrpc")
    URI uri;

    // a class with @JsonRpc methods and no bean annotation becomes a @Singleton bean

    /** No bean-defining annotation. */
    public static class Counter {
        private int count;

        @JsonRpc
        public synchronized int next() {
            return ++count;
        }
    }

    @Test
    void oneInstanceServesEveryCallOnEveryTransport() throws Exception {
        assertThat(Arc.container().instance(Counter.class).getBean().getScope()).isEqualTo(Singleton.class);

        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"next\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":1,\"id\":1}");
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"next\",\"id\":2}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":2}");
        }
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"next\",\"id\":3}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":3}");
    }

    // @JsonRpc("...") replaces the Java name; only a leading "rpc." is reserved, not one inside the name

    public static class Health {
        @JsonRpc("mymodule.rpc.ping")
        public String ping() {
            return "pong";
        }
    }

    static final String RENAMED = "{\"jsonrpc\":\"2.0\",\"method\":\"mymodule.rpc.ping\",\"id\":1}";
    static final String JAVA_NAME = "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":2}";
    static final String NOT_FOUND = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
            + "\"data\":\"No method named 'ping'\"},\"id\":2}";

    @Test
    void explicitNameOverHttp() {
        assertThat(HttpRpc.call(RENAMED)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"pong\",\"id\":1}");
        assertThat(HttpRpc.call(JAVA_NAME)).isEqualTo(NOT_FOUND);
    }

    @Test
    void explicitNameOverWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(RENAMED)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"pong\",\"id\":1}");
            assertThat(client.call(JAVA_NAME)).isEqualTo(NOT_FOUND);
        }
    }

    // a bean serves the @JsonRpc methods it inherits from an abstract class, under its own namespace

    public abstract static class Base {
        @JsonRpc
        public String version() {
            return "1.0";
        }

        @JsonRpc
        public String edition() {
            return "base";
        }
    }

    @JsonRpcNamespace("service")
    public static class Service extends Base {
        @Override
        public String edition() {
            return "override";
        }
    }

    @Test
    void inheritedMethodIsServedUnderTheBeanNamespace() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"service.version\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1.0\",\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"service.edition\",\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"override\",\"id\":2}");
    }

    // @JsonRpcNamespace prefixes the JSON-RPC name of every method of its class, explicit names too

    @JsonRpcNamespace("calc")
    public static class Calculator {
        @JsonRpc
        public int add(int a, int b) {
            return a + b;
        }

        @JsonRpc("minus")
        public int subtract(int a, int b) {
            return a - b;
        }
    }

    static final String ADD = "{\"jsonrpc\":\"2.0\",\"method\":\"calc.add\",\"params\":[5,3],\"id\":1}";
    static final String MINUS = "{\"jsonrpc\":\"2.0\",\"method\":\"calc.minus\",\"params\":[5,3],\"id\":2}";
    static final String UNPREFIXED = "{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":[5,3],\"id\":3}";

    @Test
    void namespaceOverHttp() {
        assertThat(HttpRpc.call(ADD)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":8,\"id\":1}");
        assertThat(HttpRpc.call(MINUS)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":2}");
        assertThat(HttpRpc.call(UNPREFIXED)).isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,"
                + "\"message\":\"Method not found\",\"data\":\"No method named 'add'\"},\"id\":3}");
    }

    @Test
    void namespaceOverWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(ADD)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":8,\"id\":1}");
            assertThat(client.call(MINUS)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":2}");
            assertThat(client.call(UNPREFIXED)).isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,"
                    + "\"message\":\"Method not found\",\"data\":\"No method named 'add'\"},\"id\":3}");
        }
    }

    // @JsonProperty on a parameter names it in named params, as Jackson names a property: a client written for
    // another server (Python's user_id, jsonrpc4j's @JsonRpcParam) keeps its names

    public static class Accounts {
        @JsonRpc
        public String transfer(@JsonProperty("from_account") String fromAccount,
                @JsonProperty("to_account") String toAccount, int amount) {
            return amount + " from " + fromAccount + " to " + toAccount;
        }
    }

    @Inject
    JsonRpcMethods methods;

    @Test
    void aParameterRenamedByJsonPropertyTakesThatName() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"transfer\",\"params\":{\"from_account\":\"a\","
                + "\"to_account\":\"b\",\"amount\":5},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"5 from a to b\",\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"transfer\",\"params\":{\"fromAccount\":\"a\","
                + "\"to_account\":\"b\",\"amount\":5},\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,\"message\":\"Invalid params: unknown"
                        + " parameter 'fromAccount' for method 'transfer'\"},\"id\":2}");
        assertThat(methods.find("transfer").orElseThrow().params()).extracting(JsonRpcMethods.ParamInfo::name)
                .containsExactly("from_account", "to_account", "amount");
    }
}
