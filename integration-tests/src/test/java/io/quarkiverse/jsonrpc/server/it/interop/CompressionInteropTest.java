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
 * The example app with compression turned on, called by Node's {@code ws} client, which offers permessage-deflate as
 * browsers do: the answers under the threshold come uncompressed, the others compressed, and the client reads both.
 */
@QuarkusTest
@TestProfile(SharedProfiles.LazyAuthenticationStatusCodesCompression.class)
class CompressionInteropTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void wsReadsSmallAnswersUncompressedAndLargeOnesCompressed() throws Exception {
        assertThat(NodeScripts.run("ws-compression.cjs", root).output()).contains("2 passed, 0 failed");
    }
}
