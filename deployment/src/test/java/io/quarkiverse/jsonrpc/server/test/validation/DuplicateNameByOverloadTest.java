package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** Overloads share their Java name: only one may keep it as its JSON-RPC name. */
public class DuplicateNameByOverloadTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("JSON-RPC method name 'add' is used by 2 methods [" + Calculator.class.getName()
                            + "#add(int, int), "
                            + Calculator.class.getName() + "#add(int, int, int)]")
                    .contains("give each a unique name with @JsonRpc"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class Calculator {
        @JsonRpc
        public int add(int a, int b) {
            return a + b;
        }

        @JsonRpc
        public int add(int a, int b, int c) {
            return a + b + c;
        }
    }
}
