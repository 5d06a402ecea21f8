package io.quarkiverse.jsonrpc.server.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ContextParamsTest} against the packaged application. */
@QuarkusIntegrationTest
class ContextParamsIT extends ContextParamsTest {
}
