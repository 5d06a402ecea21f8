package io.quarkiverse.jsonrpc.client.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkiverse.jsonrpc.testsupport.UnindexedContract;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Only an interface can be implemented by the extension, and only one whose methods the build can read: one that
 * extends an interface from an archive without a Jandex index (the test support module has none) is refused, and so is
 * one whose namespace would put an empty part in the names it calls.
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
                            + UnindexedContract.class.getName() + ", which is not in the Jandex index: add a Jandex index"
                            + " to its archive (the io.smallrye:jandex-maven-plugin, or an empty META-INF/beans.xml), or"
                            + " declare its methods on " + Extending.class.getName())
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
    public interface Extending extends UnindexedContract {
    }

    @RegisterJsonRpcClient(configKey = "dotted")
    @JsonRpcNamespace(".shop")
    public interface Dotted {
        @JsonRpc
        String order();
    }
}
