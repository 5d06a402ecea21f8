package io.quarkiverse.jsonrpc.server.runtime.security;

import java.util.List;

import jakarta.enterprise.inject.Instance;

import io.quarkiverse.jsonrpc.server.runtime.engine.CallerCheck;
import io.quarkus.arc.Arc;
import io.quarkus.security.spi.runtime.MethodDescription;
import io.quarkus.security.spi.runtime.SecurityCheck;
import io.quarkus.security.spi.runtime.SecurityCheckStorage;

/**
 * The checks Quarkus security made of the methods' annotations ({@code @RolesAllowed}, {@code @Authenticated}, ...),
 * for the engine to ask before it tells a caller what is wrong with its params (see {@link CallerCheck}). Looked up by
 * the Java method a call runs, as Quarkus REST looks up a resource method's before reading its body.
 */
public final class MethodCallerChecks {

    private static final Object[] NO_ARGUMENTS = new Object[0];

    /** {@code null} without a security extension: no annotation is enforced. */
    private final SecurityCheckStorage storage;

    public MethodCallerChecks() {
        Instance<SecurityCheckStorage> found = Arc.container().select(SecurityCheckStorage.class);
        this.storage = found.isResolvable() ? found.get() : null;
    }

    /**
     * The check of a method; {@code null} where there is none to ask: no annotation, {@code @PermitAll}, or a
     * permission checked against the method's arguments, which are what could not be read.
     *
     * @param parameterTypes erased, as Jandex names them
     */
    public CallerCheck of(String declaringClass, String method, List<String> parameterTypes) {
        MethodDescription description = new MethodDescription(declaringClass, method,
                parameterTypes.toArray(String[]::new));
        SecurityCheck check = checkOf(description);
        if (check == null || check.requiresMethodArguments()) {
            return null;
        }
        return call -> check.nonBlockingApply(call.identity(), description, NO_ARGUMENTS);
    }

    /**
     * The check Quarkus security made of a method's annotations; {@code null} for none, for {@code @PermitAll}, and
     * without a security extension.
     */
    public SecurityCheck checkOf(MethodDescription method) {
        SecurityCheck check = storage == null ? null : storage.getSecurityCheck(method);
        return check == null || check.isPermitAll() ? null : check;
    }
}
