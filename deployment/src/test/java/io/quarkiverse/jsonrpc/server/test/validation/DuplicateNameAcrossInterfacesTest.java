package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Two interfaces that do not extend one another declare a method of one name, which one class implements: each is a
 * JSON-RPC method of its own (their params may be named apart), and one name cannot be both.
 */
public class DuplicateNameAcrossInterfacesTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Users.class, Orders.class, Api.class, BuildFailure.class))
            .assertException(t -> {
                assertThat(BuildFailure.messages(t)).contains("JSON-RPC method name 'find' is used by 2 methods ["
                        + Orders.class.getName() + "#find(java.lang.String), " + Users.class.getName()
                        + "#find(java.lang.String)]: give each a unique name with @JsonRpc(\"...\")");
            });

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public interface Users {
        @JsonRpc
        String find(String userId);
    }

    public interface Orders {
        @JsonRpc
        String find(String orderId);
    }

    public static class Api implements Users, Orders {
        @Override
        public String find(String id) {
            return id;
        }
    }
}
