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
 * An override without annotations of a {@code @JsonRpc @RolesAllowed} method is what runs, and CDI takes no
 * interceptor binding from the method it overrides: every caller would run it. Likewise for an interface method's. The
 * build fails, and says where the annotation goes.
 */
public class SecurityOnOverriddenMethodTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(SecuredBase.class, Overriding.class, Vault.class,
                    VaultImpl.class, Safe.class, BaseSafe.class, Safes.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("Method " + Overriding.class.getName() + "#overriddenSecret() overrides "
                            + SecuredBase.class.getName() + "#overriddenSecret(), whose @RolesAllowed Quarkus security"
                            + " does not apply to an override (CDI takes a method's interceptor bindings from the"
                            + " method that runs): repeat @RolesAllowed on " + Overriding.class.getName()
                            + "#overriddenSecret(), or put it on its class")
                    .contains("Method " + VaultImpl.class.getName() + "#code() overrides " + Vault.class.getName()
                            + "#code(), whose @RolesAllowed Quarkus security does not apply to an override")
                    .contains("Method " + BaseSafe.class.getName() + "#open(E) overrides "
                            + Safe.class.getName() + "#open(T), whose @RolesAllowed Quarkus security does not apply to"
                            + " an override (CDI takes a method's interceptor bindings from the method that runs):"
                            + " repeat @RolesAllowed on " + BaseSafe.class.getName() + "#open(E), or put"
                            + " it on its class"));

    public abstract static class SecuredBase {
        @JsonRpc
        @RolesAllowed("admin")
        public String overriddenSecret() {
            return "base ran";
        }
    }

    public static class Overriding extends SecuredBase {
        @Override
        public String overriddenSecret() {
            return "override ran";
        }
    }

    public interface Vault {
        @JsonRpc
        @RolesAllowed("admin")
        String code();
    }

    public static class VaultImpl implements Vault {
        @Override
        public String code() {
            return "1234";
        }
    }

    public interface Safe<T> {
        @JsonRpc
        @RolesAllowed("admin")
        String open(T key);
    }

    /** Implements {@code open(T)} with {@code open(E)}, which the bean binds. */
    public abstract static class BaseSafe<E> implements Safe<E> {
        @Override
        public String open(E key) {
            return "opened";
        }
    }

    public static class Safes extends BaseSafe<String> {
    }

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
