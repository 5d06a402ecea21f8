package io.quarkiverse.jsonrpc.server.it;

import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code quarkus.smallrye-health.extensions.enabled=false} turns off the health checks of every extension, as Quarkus's own
 * (the Redis client's) are: the JSON-RPC broadcast's too.
 */
@QuarkusTest
@TestProfile(SharedProfiles.AnonymousAdminExtensionChecksOffRootPath.class)
class ExtensionHealthChecksOffTest {

    @Test
    void theBroadcastCheckIsOffWithTheChecksOfEveryExtension() {
        List<String> checks = get("/q/health/ready").then().statusCode(200).extract().jsonPath()
                .getList("checks.name", String.class);
        // the application's readiness is still answered, Quarkus's own check of a stopping application included
        assertThat(checks).contains("Graceful Shutdown").doesNotContain("JSON-RPC broadcast", "Redis connection health check");
    }
}
