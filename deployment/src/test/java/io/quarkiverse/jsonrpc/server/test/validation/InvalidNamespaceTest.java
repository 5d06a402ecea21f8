package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A namespace can put a method in the reserved {@code rpc.} space too; one that is empty, or starts or ends with a dot,
 * would put an empty part in its methods' names, and is reported once for all of them.
 */
public class InvalidNamespaceTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Introspection.class, Empty.class, Dotted.class,
                    BuildFailure.class))
            .assertException(t -> {
                String messages = BuildFailure.messages(t);
                assertThat(messages)
                        .contains("@JsonRpc method " + Introspection.class.getName() + "#describe() is named"
                                + " 'rpc.describe': names starting with 'rpc.' are reserved by the JSON-RPC specification,"
                                + " choose another with @JsonRpcNamespace(\"...\")")
                        .contains("@JsonRpcNamespace(\"\") of " + Empty.class.getName() + " is empty, and would name its"
                                + " methods '.<name>': give the namespace, as in @JsonRpcNamespace(\"shop\"), or remove"
                                + " the annotation")
                        .contains("@JsonRpcNamespace(\"shop.\") of " + Dotted.class.getName() + " starts or ends with a"
                                + " dot, and would name its methods 'shop..<name>': the dot between the namespace and a"
                                + " name is added, write @JsonRpcNamespace(\"shop\")");
                // in the list of problems, and as the suppressed exception that carries it: not once per method
                assertThat(messages.split("of " + java.util.regex.Pattern.quote(Dotted.class.getName()), -1))
                        .hasSize(3);
            });

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @JsonRpcNamespace("rpc")
    public static class Introspection {
        @JsonRpc
        public String describe() {
            return "";
        }
    }

    @JsonRpcNamespace("")
    public static class Empty {
        @JsonRpc
        public String ping() {
            return "";
        }
    }

    @JsonRpcNamespace("shop.")
    public static class Dotted {
        @JsonRpc
        public String order() {
            return "";
        }

        @JsonRpc
        public String total() {
            return "";
        }
    }
}
