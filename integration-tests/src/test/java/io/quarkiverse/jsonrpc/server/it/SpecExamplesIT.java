package io.quarkiverse.jsonrpc.server.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SpecExamplesTest} against the packaged application. */
@QuarkusIntegrationTest
class SpecExamplesIT extends SpecExamplesTest {
}
