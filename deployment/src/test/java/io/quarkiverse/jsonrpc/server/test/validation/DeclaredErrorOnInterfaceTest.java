package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcError;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The server answers an exception with the {@code @JsonRpcError} of its class or of a superclass, never of an
 * interface it implements: one there would leave the call answered -32603, so the build fails and says where to put it.
 */
public class DeclaredErrorOnInterfaceTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(NotFound.class, UserNotFound.class, Users.class,
                    BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpcError is on " + NotFound.class.getName() + ", an interface, which the server"
                            + " does not look at: it answers an exception with the @JsonRpcError of its class or of a"
                            + " superclass; put it on the exception classes that implement"
                            + " DeclaredErrorOnInterfaceTest$NotFound [" + UserNotFound.class.getName()
                            + "], or on a superclass they share"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @JsonRpcError(code = 404, message = "Not found")
    public interface NotFound {
    }

    public static class UserNotFound extends RuntimeException implements NotFound {
    }

    public static class Users {
        @JsonRpc
        public String find() {
            throw new UserNotFound();
        }
    }
}
