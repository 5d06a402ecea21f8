package io.quarkiverse.jsonrpc.server.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
public class JsonrpcServerResourceIT extends JsonrpcServerResourceTest {
}
