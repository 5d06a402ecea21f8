package io.quarkiverse.jsonrpc.server.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RequestIdsTest} against the packaged application. */
@QuarkusIntegrationTest
class RequestIdsIT extends RequestIdsTest {
}
