package io.quarkiverse.jsonrpc.client.test.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.test.Calculator;
import io.quarkiverse.jsonrpc.client.test.CalculatorServer;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkiverse.jsonrpc.testsupport.SelfSignedKeyPair;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * The named TLS configuration's {@code hostname-verification-algorithm}: with {@code NONE}, a client trusts a server
 * whose certificate names another host, over https:// and wss://; without it, the host name is checked.
 */
public class HostnameVerificationTest {

    static final SelfSignedKeyPair KEY_PAIR = SelfSignedKeyPair.forHost("elsewhere.example",
            Path.of("target", "hostname-verification-test"));
    static final int SSL_PORT = SharedTcpRelay.port(HostnameVerificationTest.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class))
            .overrideConfigKey("quarkus.http.test-ssl-port", "0")
            .overrideConfigKey("quarkus.tls.key-store.p12.path", KEY_PAIR.keyStore().toString())
            .overrideConfigKey("quarkus.tls.key-store.p12.password", SelfSignedKeyPair.PASSWORD)
            .overrideConfigKey("quarkus.tls.\"checking\".trust-store.p12.path", KEY_PAIR.trustStore().toString())
            .overrideConfigKey("quarkus.tls.\"checking\".trust-store.p12.password", SelfSignedKeyPair.PASSWORD)
            .overrideConfigKey("quarkus.tls.\"any-host\".trust-store.p12.path", KEY_PAIR.trustStore().toString())
            .overrideConfigKey("quarkus.tls.\"any-host\".trust-store.p12.password", SelfSignedKeyPair.PASSWORD)
            .overrideConfigKey("quarkus.tls.\"any-host\".hostname-verification-algorithm", "NONE")
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".url", "https://localhost:" + SSL_PORT + "/jsonrpc");

    @TestHTTPResource(tls = true)
    URL application;

    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(HostnameVerificationTest.class.getName(), application.getPort());
    }

    @Test
    void withNoneTheHostNameIsNotChecked() {
        for (String scheme : new String[] { "https", "wss" }) {
            Calculator calculator = JsonRpcClientBuilder.newBuilder()
                    .url(scheme + "://localhost:" + SSL_PORT + "/jsonrpc").tlsConfigurationName("any-host")
                    .build(Calculator.class);
            try {
                assertThat(calculator.subtract(10, 4)).as(scheme).isEqualTo(6);
            } finally {
                ((JsonRpcClientControl) calculator).close();
            }
        }
    }

    @Test
    void otherwiseTheHostNameIsChecked() {
        Calculator calculator = JsonRpcClientBuilder.newBuilder().url("https://localhost:" + SSL_PORT + "/jsonrpc")
                .tlsConfigurationName("checking").build(Calculator.class);
        try {
            assertThatThrownBy(() -> calculator.subtract(1, 1)).isInstanceOf(JsonRpcTransportException.class)
                    .hasMessage("POST https://localhost:" + SSL_PORT + "/jsonrpc failed: Failed to create SSL"
                            + " connection: No subject alternative DNS name matching localhost found. (the client's TLS"
                            + " configuration: quarkus.tls.*, or the one its tls-configuration-name names)");
        } finally {
            ((JsonRpcClientControl) calculator).close();
        }
    }
}
