package io.quarkiverse.jsonrpc.server.test.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A class that implements several interfaces serves the {@code @JsonRpc} methods of each. One method that implements
 * the same method of two interfaces that do not extend one another is served under each one's name, as a client of
 * either calls it; a sub-interface's redeclaration with its own {@code @JsonRpc} replaces the method it redeclares,
 * whichever of the two the class names first.
 */
public class SeveralInterfacesTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Users.class, Orders.class, Api.class, Named.class,
                    Renamed.class, Thing.class));

    @JsonRpcNamespace("users")
    public interface Users {
        @JsonRpc
        String version();
    }

    @JsonRpcNamespace("orders")
    public interface Orders {
        @JsonRpc
        String version();
    }

    public static class Api implements Users, Orders {
        @Override
        public String version() {
            return "1.2";
        }
    }

    @Test
    void theMethodOfEachInterfaceIsServed() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"users.version\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1.2\",\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"orders.version\",\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"1.2\",\"id\":2}");
    }

    public interface Named {
        @JsonRpc
        String name();
    }

    public interface Renamed extends Named {
        @Override
        @JsonRpc("title")
        String name();
    }

    /** Names the interface that is redeclared first. */
    public static class Thing implements Named, Renamed {
        @Override
        public String name() {
            return "lamp";
        }
    }

    @Test
    void aRedeclarationWithItsOwnJsonRpcReplacesTheMethodItRedeclares() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"title\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"lamp\",\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"name\",\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
                        + "\"data\":\"No method named 'name'\"},\"id\":2}");
    }
}
