package io.quarkiverse.jsonrpc.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * A {@link TcpRelay} known by name across the JVM, for an application that must be told before it starts the port it
 * will be reached on (its configuration names its own address, as a client of its own server does), while it takes
 * a free port as it starts ({@code quarkus.http.test-port=0}): the application's configuration names the relay's
 * port, and the test points the relay at the application's once it runs. A {@code QuarkusUnitTest} class is loaded
 * twice, by JUnit and by the application, each copy with static fields of its own; both find the relay through system
 * properties, which they share. The relay is opened on first use and held until the JVM exits.
 */
public final class SharedTcpRelay {

    private static final String PREFIX = "jsonrpc-test.tcp-relay.";

    private SharedTcpRelay() {
    }

    /** The port of the relay called {@code name}, opened by the first caller. */
    public static int port(String name) {
        Properties properties = System.getProperties();
        // each class loader has its own copy of this class: they meet on the one Properties object
        synchronized (properties) {
            String port = properties.getProperty(PREFIX + name);
            if (port == null) {
                String target = PREFIX + name + ".target";
                try {
                    port = Integer.toString(new TcpRelay(() -> Integer.getInteger(target, -1)).port());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                properties.setProperty(PREFIX + name, port);
            }
            return Integer.parseInt(port);
        }
    }

    /** Where the relay called {@code name} sends the next connections: the application's port, once it runs. */
    public static void target(String name, int port) {
        System.setProperty(PREFIX + name + ".target", Integer.toString(port));
    }
}
