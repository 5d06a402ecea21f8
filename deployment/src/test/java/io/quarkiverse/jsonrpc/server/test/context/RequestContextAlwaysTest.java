package io.quarkiverse.jsonrpc.server.test.context;

import static io.quarkiverse.jsonrpc.server.test.context.ContextLifetimeTest.request;
import static io.quarkiverse.jsonrpc.server.test.context.ContextLifetimeTest.result;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/** {@code activate-request-context=always}: every method runs in a request context, for state no injection shows. */
public class RequestContextAlwaysTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(ContextLifetimeTest.class,
                    ContextLifetimeTest.Plain.class))
            .overrideConfigKey("quarkus.jsonrpc-server.activate-request-context", "always");

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void everyMethodHasOne() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(request("plainContext", 1))).isEqualTo(result("true", 1));
        }
        assertThat(HttpRpc.call(request("plainContext", 2))).isEqualTo(result("true", 2));
    }
}
