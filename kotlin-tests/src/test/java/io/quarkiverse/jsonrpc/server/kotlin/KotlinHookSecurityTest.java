package io.quarkiverse.jsonrpc.server.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.kotlin.security.Guarded;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A suspend {@code @OnJsonRpcOpen} hook that is {@code @Authenticated} guards every HTTP request to its endpoint, as a
 * Java hook does: its security check is found by the Java method kotlinc made, whose last parameter is the
 * continuation.
 */
class KotlinHookSecurityTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Guarded.class))
            .overrideConfigKey("quarkus.security.users.embedded.enabled", "true")
            .overrideConfigKey("quarkus.security.users.embedded.plain-text", "true")
            .overrideConfigKey("quarkus.security.users.embedded.users.alice", "alice");

    private static final String HELLO = "{\"jsonrpc\":\"2.0\",\"method\":\"hello\",\"id\":1}";

    @Test
    void overHttpASuspendHookGuardsEveryRequest() {
        HttpResponse<String> anonymous = Http.post("/guarded", HELLO);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("basic");
        HttpResponse<String> alice = Http.post("/guarded", HELLO, "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8)));
        assertThat(alice.statusCode()).isEqualTo(200);
        assertThat(alice.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"Hello alice\",\"id\":1}");
    }
}
