package io.quarkiverse.jsonrpc.server.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link JsonRpc10Test} against the packaged application. */
@QuarkusIntegrationTest
class JsonRpc10IT extends JsonRpc10Test {
}
