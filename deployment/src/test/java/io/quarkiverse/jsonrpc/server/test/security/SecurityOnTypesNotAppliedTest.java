package io.quarkiverse.jsonrpc.server.test.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.security.Authenticated;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Restricting annotations Quarkus security does not apply, which let every caller through: on an interface's default
 * method or on its interface (Quarkus checks the methods of bean classes), on an interface whose method the bean
 * implements, on a superclass whose {@code @JsonRpc} method the bean overrides. Each fails the build, and says where
 * the annotation goes.
 */
public class SecurityOnTypesNotAppliedTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Defaults.class, DefaultsImpl.class, GuardedDefaults.class,
                    GuardedDefaultsImpl.class, Guarded.class, GuardedImpl.class, GuardedBase.class, Overriding.class,
                    BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("Method " + Defaults.class.getName() + "#secret() is a default method, whose"
                            + " @RolesAllowed Quarkus security does not apply: it checks the methods of bean classes."
                            + " Override the method in " + DefaultsImpl.class.getName() + " with the annotation, or"
                            + " with it on the class")
                    .contains("Method " + GuardedDefaults.class.getName() + "#token() is a default method, whose"
                            + " @Authenticated of interface " + GuardedDefaults.class.getName() + " Quarkus security"
                            + " does not apply")
                    .contains("Method " + GuardedImpl.class.getName() + "#code() implements " + Guarded.class.getName()
                            + "#code(), but the @RolesAllowed of " + Guarded.class.getName() + " does not apply to it:"
                            + " Quarkus security applies a class's annotations to the methods the class declares."
                            + " Repeat it on " + GuardedImpl.class.getName() + "#code(), or on "
                            + GuardedImpl.class.getName())
                    .contains("Method " + Overriding.class.getName() + "#balance() overrides "
                            + GuardedBase.class.getName() + "#balance(), but the @RolesAllowed of "
                            + GuardedBase.class.getName() + " does not apply to it"));

    public interface Defaults {
        @JsonRpc
        @RolesAllowed("admin")
        default String secret() {
            return "ran";
        }
    }

    public static class DefaultsImpl implements Defaults {
    }

    @Authenticated
    public interface GuardedDefaults {
        @JsonRpc
        default String token() {
            return "ran";
        }
    }

    public static class GuardedDefaultsImpl implements GuardedDefaults {
    }

    @RolesAllowed("admin")
    public interface Guarded {
        @JsonRpc
        String code();
    }

    public static class GuardedImpl implements Guarded {
        @Override
        public String code() {
            return "1234";
        }
    }

    @RolesAllowed("admin")
    public abstract static class GuardedBase {
        @JsonRpc
        public String balance() {
            return "base ran";
        }
    }

    public static class Overriding extends GuardedBase {
        @Override
        public String balance() {
            return "override ran";
        }
    }

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
