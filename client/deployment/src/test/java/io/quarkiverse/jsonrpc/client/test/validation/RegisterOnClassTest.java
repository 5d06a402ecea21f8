package io.quarkiverse.jsonrpc.client.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Only an interface can be implemented by the extension, and only one whose methods the build reads: one that extends
 * an interface of the JDK's is refused, and so is one whose namespace would put an empty part in the names it calls.
 */
public class RegisterOnClassTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Api.class, Extending.class, Dotted.class, BuildFailure.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"api\".url", "http://localhost:1/jsonrpc")
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@RegisterJsonRpcClient is on " + Api.class.getName()
                            + ", which is a class: put it on an interface, whose @JsonRpc methods the extension implements")
                    .contains("JSON-RPC client interface " + Extending.class.getName() + " extends "
                            + Supplier.class.getName() + ", whose methods the build does not read: a client calls the"
                            + " methods of the application's interfaces, not those of the JDK's or Quarkus's; declare"
                            + " them on " + Extending.class.getName())
                    .contains("@JsonRpcNamespace(\".shop\") of " + Dotted.class.getName() + " starts or ends with a"
                            + " dot, and would name its methods '.shop.<name>': the dot between the namespace and a name"
                            + " is added, write @JsonRpcNamespace(\"shop\")"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @RegisterJsonRpcClient(configKey = "api")
    public static class Api {
        @JsonRpc
        public String ping() {
            return "pong";
        }
    }

    @RegisterJsonRpcClient(configKey = "extending")
    public interface Extending extends Supplier<String> {
    }

    @RegisterJsonRpcClient(configKey = "dotted")
    @JsonRpcNamespace(".shop")
    public interface Dotted {
        @JsonRpc
        String order();
    }
}
