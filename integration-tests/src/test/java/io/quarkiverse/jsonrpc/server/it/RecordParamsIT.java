package io.quarkiverse.jsonrpc.server.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RecordParamsTest} against the packaged application. */
@QuarkusIntegrationTest
class RecordParamsIT extends RecordParamsTest {
}
