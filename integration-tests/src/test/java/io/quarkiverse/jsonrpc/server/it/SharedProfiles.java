package io.quarkiverse.jsonrpc.server.it;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Test profiles that several test classes share. Each profile costs an application start (a build and a boot of the
 * example application, about 5 s of CPU), and Quarkus runs the classes of one profile together: the settings of
 * classes whose subjects do not touch make one profile.
 */
public final class SharedProfiles {

    private SharedProfiles() {
    }

    /**
     * Lazy authentication ({@link LazyAuthenticationTest}), error status codes over HTTP (that test and
     * {@code StatusCodesInteropTest}), per-message compression ({@code CompressionInteropTest}, whose Node client is
     * the only one here to offer it) and anonymous callers augmented with the permission {@code reports:read}
     * ({@link AnonymousPermissionTest}).
     */
    public static class LazyAuthenticationStatusCodesCompression implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.auth.proactive", "false",
                    "quarkus.jsonrpc-server.http.error-status-codes", "true",
                    "quarkus.websockets-next.server.per-message-compression-supported", "true",
                    "example.anonymous-permission", "reports:read");
        }
    }

    /**
     * Anonymous callers augmented with the {@code admin} role ({@link AugmentedAnonymousCallerTest}), the health
     * checks of every extension off ({@link ExtensionHealthChecksOffTest}) and everything under
     * {@code quarkus.http.root-path} ({@link RootPathRestAssuredTest}; the other two reach the application through
     * {@code @TestHTTPResource} and REST Assured, which follow it).
     */
    public static class AnonymousAdminExtensionChecksOffRootPath implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("example.anonymous-role", "admin",
                    "quarkus.smallrye-health.extensions.enabled", "false",
                    "quarkus.http.root-path", "/api");
        }
    }
}
