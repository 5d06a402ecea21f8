package io.quarkiverse.jsonrpc.server.test.openrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A server of the OpenRPC documents that is not an absolute http, https, ws or wss URL stops the application, which
 * names each: a relative one is not a URI to the meta-schema, and tools call it as written.
 */
public class OpenRpcServersInvalidTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Service.class, BuildFailure.class))
            .overrideRuntimeConfigKey("quarkus.jsonrpc-server.openrpc.servers",
                    "https://api.example.com,api.example.com,ftp://api.example.com,https://api.example.com?v=2")
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains("quarkus.jsonrpc-server.openrpc.servers:"
                    + " 'api.example.com', 'ftp://api.example.com', 'https://api.example.com?v=2' are not absolute http,"
                    + " https, ws or wss URLs: give the URL at which clients reach the application's root, as"
                    + " https://api.example.com, without query or fragment; each document adds its endpoint's path"));

    public static class Service {
        @JsonRpc
        public int one() {
            return 1;
        }
    }

    @Test
    void startupFails() {
        fail("The application should not have started");
    }
}
