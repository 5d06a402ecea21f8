package org.acme;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class GreeterIT extends GreeterTest {
    // the same tests, against the packaged application
}
