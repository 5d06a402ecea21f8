package io.quarkiverse.jsonrpc.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A server's key pair for {@code localhost} (or another host), self-signed and made by the JDK's keytool, in a
 * directory of the test's own: {@code server.p12}, the key store a TLS configuration of the server names, and
 * {@code trust.p12}, a trust store holding its certificate only, for the clients. Both with the password
 * {@link #PASSWORD}. Made once per JVM and directory: a Quarkus test class is loaded twice, by JUnit and by the
 * application, and both ask.
 */
public final class SelfSignedKeyPair {

    public static final String PASSWORD = "secret";

    private final Path directory;

    private SelfSignedKeyPair(Path directory) {
        this.directory = directory;
    }

    /** The key pair in {@code directory}, made there unless this JVM already made it. */
    public static SelfSignedKeyPair in(Path directory) {
        return in(directory, "localhost", "dns:localhost,ip:127.0.0.1");
    }

    /**
     * A key pair for another host than {@code localhost}, in {@code directory}: a client that checks the host name
     * refuses it at {@code localhost}.
     */
    public static SelfSignedKeyPair forHost(String host, Path directory) {
        return in(directory, host, "dns:" + host);
    }

    private static SelfSignedKeyPair in(Path directory, String host, String alternativeNames) {
        String made = SelfSignedKeyPair.class.getName() + "." + directory.toAbsolutePath();
        if (System.getProperty(made) == null) {
            make(directory, host, alternativeNames);
            System.setProperty(made, "true");
        }
        return new SelfSignedKeyPair(directory);
    }

    /** The server's key store. */
    public Path keyStore() {
        return directory.resolve("server.p12").toAbsolutePath();
    }

    /** The trust store of the clients: the server's certificate. */
    public Path trustStore() {
        return directory.resolve("trust.p12").toAbsolutePath();
    }

    /** A TLS context that trusts the server's certificate alone. */
    public SSLContext trustingContext() {
        try (InputStream in = Files.newInputStream(trustStore())) {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(in, PASSWORD.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void make(Path directory, String host, String alternativeNames) {
        try {
            Files.createDirectories(directory);
            for (String file : List.of("server.p12", "server.crt", "trust.p12")) {
                Files.deleteIfExists(directory.resolve(file));
            }
            keytool(directory, "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity",
                    "2", "-dname", "CN=" + host, "-ext", "SAN=" + alternativeNames, "-storetype", "PKCS12",
                    "-keystore", "server.p12", "-storepass", PASSWORD, "-keypass", PASSWORD);
            keytool(directory, "-exportcert", "-alias", "server", "-keystore", "server.p12", "-storepass", PASSWORD,
                    "-file", "server.crt");
            keytool(directory, "-importcert", "-noprompt", "-alias", "server", "-file", "server.crt", "-storetype",
                    "PKCS12", "-keystore", "trust.p12", "-storepass", PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keytool(Path directory, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + String.join(" ", args) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
