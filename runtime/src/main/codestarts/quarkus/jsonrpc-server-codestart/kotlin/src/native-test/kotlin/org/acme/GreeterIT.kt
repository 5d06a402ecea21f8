package org.acme

import io.quarkus.test.junit.QuarkusIntegrationTest

// the same tests, against the packaged application
@QuarkusIntegrationTest
class GreeterIT : GreeterTest()
