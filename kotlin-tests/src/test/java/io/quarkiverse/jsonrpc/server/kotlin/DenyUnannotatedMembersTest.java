package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.kotlin.security.Counter;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcErrorException;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkus.test.QuarkusUnitTest;

/**
 * With {@code quarkus.security.deny-unannotated-members}, a method without a security annotation in a class that has
 * some is refused as Quarkus refuses it elsewhere, over both transports: -32001 for an anonymous caller, not an
 * internal error.
 */
class DenyUnannotatedMembersTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Counter.class))
            .overrideConfigKey("quarkus.security.deny-unannotated-members", "true");

    @Test
    void anUnannotatedMethodIsDenied() {
        for (JsonRpcTestClient client : new JsonRpcTestClient[] { JsonRpcTestClient.http(Http.uri("/jsonrpc")),
                JsonRpcTestClient.ws(Http.uri("/jsonrpc")) }) {
            try (client) {
                JsonRpcErrorException refused = client.callForError("counter.read");
                assertThat(refused.code()).isEqualTo(-32001);
                assertThat(refused.message()).isEqualTo("Unauthorized");
                assertThat(client.callForError("counter.reset").code()).isEqualTo(-32001);
            }
        }
    }
}
