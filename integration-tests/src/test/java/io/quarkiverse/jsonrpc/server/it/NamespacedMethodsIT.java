package io.quarkiverse.jsonrpc.server.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link NamespacedMethodsTest} against the packaged application. */
@QuarkusIntegrationTest
class NamespacedMethodsIT extends NamespacedMethodsTest {
}
