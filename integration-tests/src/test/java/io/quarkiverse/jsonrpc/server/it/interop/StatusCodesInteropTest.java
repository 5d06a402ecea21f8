package io.quarkiverse.jsonrpc.server.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.it.NodeScripts;
import io.quarkiverse.jsonrpc.server.it.SharedProfiles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With {@code http.error-status-codes}, what the interop guide says of its clients: {@code json-rpc-2.0} with
 * {@code fetch} reads the error from the body whatever the status, {@code jayson} does not.
 */
@QuarkusTest
@TestProfile(SharedProfiles.LazyAuthenticationStatusCodesCompression.class)
class StatusCodesInteropTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void clientsReadOrRejectErrorStatuses() throws Exception {
        assertThat(NodeScripts.run("status-codes.cjs", root).output()).contains("2 passed, 0 failed");
    }
}
