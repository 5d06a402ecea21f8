package io.quarkiverse.jsonrpc.client.test.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.test.Calculator;
import io.quarkiverse.jsonrpc.client.test.CalculatorServer;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkiverse.jsonrpc.testsupport.SelfSignedKeyPair;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * https:// and wss:// through the Quarkus TLS registry, and the Stork URLs of a service whose instances are secure: the
 * server's certificate is self-signed ({@link SelfSignedKeyPair}), so the client calls it only with the named TLS
 * configuration that trusts it.
 */
public class TlsRegistryTest {

    static final SelfSignedKeyPair KEY_PAIR = SelfSignedKeyPair.in(Path.of("target", "tls-registry-test"));
    /**
     * The port in the clients' URLs, which must name it before the application starts and takes a free HTTPS port: a
     * relay to the application's, which carries TLS through untouched.
     */
    static final int SSL_PORT = SharedTcpRelay.port(TlsRegistryTest.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calculator.class, CalculatorServer.class))
            .overrideConfigKey("quarkus.http.test-ssl-port", "0")
            .overrideConfigKey("quarkus.tls.key-store.p12.path", KEY_PAIR.keyStore().toString())
            .overrideConfigKey("quarkus.tls.key-store.p12.password", SelfSignedKeyPair.PASSWORD)
            .overrideConfigKey("quarkus.tls.\"trusting\".trust-store.p12.path", KEY_PAIR.trustStore().toString())
            .overrideConfigKey("quarkus.tls.\"trusting\".trust-store.p12.password", SelfSignedKeyPair.PASSWORD)
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".url", "https://localhost:" + SSL_PORT + "/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"calc\".tls-configuration-name", "trusting")
            // a service whose instances say they are secure, and one whose URL must say so
            .overrideConfigKey("quarkus.stork.\"secure-calc\".service-discovery.type", "static")
            .overrideConfigKey("quarkus.stork.\"secure-calc\".service-discovery.address-list", "localhost:" + SSL_PORT)
            .overrideConfigKey("quarkus.stork.\"secure-calc\".service-discovery.secure", "true")
            .overrideConfigKey("quarkus.stork.\"calc-service\".service-discovery.type", "static")
            .overrideConfigKey("quarkus.stork.\"calc-service\".service-discovery.address-list", "localhost:" + SSL_PORT);

    @TestHTTPResource(tls = true)
    URL application;

    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(TlsRegistryTest.class.getName(), application.getPort());
    }

    @Inject
    @JsonRpcClient
    Calculator calc;

    @Test
    void httpsAndWssWithTheNamedTlsConfiguration() {
        assertThat(calc.subtract(42, 23)).isEqualTo(19);
        Calculator overWss = JsonRpcClientBuilder.newBuilder().url("wss://localhost:" + SSL_PORT + "/jsonrpc")
                .tlsConfigurationName("trusting").build(Calculator.class);
        try {
            assertThat(overWss.subtract(10, 4)).isEqualTo(6);
        } finally {
            ((JsonRpcClientControl) overWss).close();
        }
    }

    @Test
    void aServiceOverTlsWhereItsInstancesOrItsUrlSaySo() {
        for (String url : List.of("stork://secure-calc/jsonrpc", "stork+ws://secure-calc/jsonrpc",
                "storks://calc-service/jsonrpc", "stork+wss://calc-service/jsonrpc")) {
            Calculator calculator = JsonRpcClientBuilder.newBuilder().url(url).tlsConfigurationName("trusting")
                    .build(Calculator.class);
            try {
                assertThat(calculator.subtract(10, 4)).as(url).isEqualTo(6);
            } finally {
                ((JsonRpcClientControl) calculator).close();
            }
        }
    }

    @Test
    void withoutTheTrustStoreTheCertificateIsRefused() {
        // the default TLS configuration is the server's key store, which trusts nothing: the JVM's trust store decides
        Calculator untrusting = JsonRpcClientBuilder.newBuilder().url("https://localhost:" + SSL_PORT + "/jsonrpc")
                .build(Calculator.class);
        try {
            assertThatThrownBy(() -> untrusting.subtract(1, 1)).isInstanceOf(JsonRpcTransportException.class)
                    .hasMessage("POST https://localhost:" + SSL_PORT + "/jsonrpc failed: Failed to create SSL"
                            + " connection: unable to find valid certification path to requested target (the client's TLS"
                            + " configuration: quarkus.tls.*, or the one its tls-configuration-name names)");
        } finally {
            ((JsonRpcClientControl) untrusting).close();
        }
    }

    @Test
    void aTlsConfigurationTheRegistryDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> JsonRpcClientBuilder.newBuilder().url("wss://localhost:" + SSL_PORT + "/jsonrpc")
                .tlsConfigurationName("missing").build(Calculator.class))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The JSON-RPC client 'calc' names the TLS configuration 'missing', which does not exist:"
                        + " configure quarkus.tls.\"missing\".*");
    }
}
