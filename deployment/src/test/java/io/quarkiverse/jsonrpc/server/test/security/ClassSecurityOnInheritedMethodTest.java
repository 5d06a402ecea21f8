package io.quarkiverse.jsonrpc.server.test.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A class-level {@code @RolesAllowed} does not reach the methods the class inherits: Quarkus security would let every
 * caller run {@code inheritedOp}. The build fails, and says where the annotation goes.
 */
public class ClassSecurityOnInheritedMethodTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(AbstractOps.class, AdminOps.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains("Method "
                    + AbstractOps.class.getName() + "#inheritedOp() is served by bean " + AdminOps.class.getName()
                    + ", but the @RolesAllowed of " + AdminOps.class.getName() + " does not apply to it: Quarkus"
                    + " security applies a class's annotations to the methods the class declares, not to those it"
                    + " inherits. Put the annotation on the method, or on " + AbstractOps.class.getName()
                    + ", or override the method in " + AdminOps.class.getName()));

    public abstract static class AbstractOps {
        @JsonRpc
        public String inheritedOp() {
            return "inherited ran";
        }
    }

    @RolesAllowed("admin")
    public static class AdminOps extends AbstractOps {
        @JsonRpc
        public String ownOp() {
            return "own ran";
        }
    }

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
