package io.quarkiverse.jsonrpc.client.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The port of a test's application, free when taken. The client's URL must name it before the application starts, so
 * the test chooses it: once per test class, in a system property, because the class is loaded twice (by JUnit and by
 * the application) and both must agree.
 */
public final class FreePort {

    private FreePort() {
    }

    public static int forTest(Class<?> testClass) {
        String key = "jsonrpc-client-test.port." + testClass.getName();
        String port = System.getProperty(key);
        if (port == null) {
            port = Integer.toString(take());
            System.setProperty(key, port);
            // a system property, as surefire's quarkus.http.test-port=0, which it replaces for this test class
            System.setProperty("quarkus.http.test-port", port);
        }
        return Integer.parseInt(port);
    }

    private static int take() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
