package io.quarkiverse.jsonrpc.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The descriptor the build writes into the runtime jar, which tools read: the capability the extension provides, and
 * the prefix of its configuration (the Quarkus CLI, code.quarkus.io and IDEs use both).
 */
class ExtensionDescriptorTest {

    @Test
    void theRuntimeProvidesItsCapability() throws IOException {
        Properties descriptor = new Properties();
        try (InputStream in = resource("META-INF/quarkus-extension.properties")) {
            descriptor.load(in);
        }
        assertThat(descriptor.getProperty("provides-capabilities")).isEqualTo("io.quarkiverse.jsonrpc.server");
        assertThat(descriptor.getProperty("deployment-artifact"))
                .startsWith("io.quarkiverse.jsonrpc-server:quarkus-jsonrpc-server-deployment:");
    }

    @Test
    void theMetadataDeclaresTheConfigPrefixAndTheCapability() throws IOException {
        String metadata;
        try (InputStream in = resource("META-INF/quarkus-extension.yaml")) {
            metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(metadata).contains("config:\n  - \"quarkus.jsonrpc-server.\"")
                .contains("capabilities:\n    provides:\n    - \"io.quarkiverse.jsonrpc.server\"");
    }

    private static InputStream resource(String name) {
        InputStream in = ExtensionDescriptorTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as("%s on the classpath: the build writes it at compile time", name).isNotNull();
        return in;
    }
}
