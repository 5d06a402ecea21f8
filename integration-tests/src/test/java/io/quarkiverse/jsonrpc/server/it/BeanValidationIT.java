package io.quarkiverse.jsonrpc.server.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link BeanValidationTest} against the packaged application. */
@QuarkusIntegrationTest
class BeanValidationIT extends BeanValidationTest {
}
