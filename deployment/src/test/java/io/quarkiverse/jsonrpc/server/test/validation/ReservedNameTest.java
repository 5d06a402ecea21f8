package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** Names starting with {@code rpc.} are reserved by the specification. */
public class ReservedNameTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Introspection.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Introspection.class.getName() + "#describe() is named 'rpc.describe':"
                            + " names starting with 'rpc.' are reserved by the JSON-RPC specification, choose another with"
                            + " @JsonRpc(\"...\")"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class Introspection {
        @JsonRpc("rpc.describe")
        public String describe() {
            return "";
        }
    }
}
