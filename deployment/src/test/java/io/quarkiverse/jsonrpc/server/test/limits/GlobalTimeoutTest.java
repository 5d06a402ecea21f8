package io.quarkiverse.jsonrpc.server.test.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

/** quarkus.jsonrpc-server.timeout applies to every method without a timeout of its own. */
public class GlobalTimeoutTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Stuck.class))
            .overrideConfigKey("quarkus.jsonrpc-server.timeout", "250ms");

    public static class Stuck {
        @JsonRpc
        public Uni<String> hang() {
            return Uni.createFrom().nothing();
        }

        @JsonRpc(timeout = "5s")
        public Uni<String> patient() {
            return Uni.createFrom().item("waited").onItem().delayIt().by(java.time.Duration.ofMillis(500));
        }
    }

    @Test
    void theGlobalTimeoutApplies() {
        given().contentType("application/json").body("{\"jsonrpc\":\"2.0\",\"method\":\"hang\",\"id\":1}")
                .post("/jsonrpc").then().statusCode(200).body("error.code", is(-32004));
    }

    @Test
    void aMethodsOwnTimeoutWins() {
        given().contentType("application/json").body("{\"jsonrpc\":\"2.0\",\"method\":\"patient\",\"id\":1}")
                .post("/jsonrpc").then().statusCode(200).body("result", is("waited"));
    }
}
