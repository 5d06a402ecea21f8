package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcError;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** {@code @JsonRpcError} declares the error of an exception class: on any other class it would declare nothing. */
public class DeclaredErrorOnNonExceptionTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Users.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpcError is on " + Users.class.getName() + ", which is not an exception: put it"
                            + " on the exception class a @JsonRpc method throws, whose error it declares"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @JsonRpcError(code = 404, message = "Not found")
    public static class Users {
        @JsonRpc
        public String find() {
            return "ada";
        }
    }
}
