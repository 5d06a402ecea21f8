package io.quarkiverse.jsonrpc.server.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link BatchTest} against the packaged application. */
@QuarkusIntegrationTest
class BatchIT extends BatchTest {
}
