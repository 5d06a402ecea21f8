package io.quarkiverse.jsonrpc.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay in front of an echo server: relayed, refused while there is nowhere to go, cut and restored; frozen in front
 * of a server the test holds.
 */
class TcpRelayTest {

    ServerSocket echo;

    @BeforeEach
    void startEcho() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket socket = echo.accept();
                    Thread pump = new Thread(() -> {
                        try (socket;
                                InputStream in = socket.getInputStream();
                                OutputStream out = socket.getOutputStream()) {
                            in.transferTo(out);
                        } catch (IOException ignored) {
                            // the relay closed it
                        }
                    });
                    pump.setDaemon(true);
                    pump.start();
                } catch (IOException e) {
                    // closed: the loop ends
                }
            }
        });
        accept.setDaemon(true);
        accept.start();
    }

    @AfterEach
    void stopEcho() throws IOException {
        echo.close();
    }

    @Test
    void relaysToTheTargetOnceItHasOne() throws IOException {
        try (TcpRelay relay = new TcpRelay()) {
            try (Socket refused = connect(relay)) {
                assertClosed(refused);
            }
            relay.target(echo.getLocalPort());
            try (Socket relayed = connect(relay)) {
                assertThat(roundTrip(relayed, "ping")).isEqualTo("ping");
                assertThat(roundTrip(relayed, "pong")).isEqualTo("pong");
            }
        }
    }

    @Test
    void cutDropsTheConnectionsAndRefusesNewOnesUntilRestored() throws IOException {
        try (TcpRelay relay = new TcpRelay(echo::getLocalPort)) {
            Socket before = connect(relay);
            assertThat(roundTrip(before, "before")).isEqualTo("before");

            relay.cut();
            assertClosed(before);
            try (Socket during = connect(relay)) {
                assertClosed(during);
            }

            relay.restore();
            try (Socket after = connect(relay)) {
                assertThat(roundTrip(after, "after")).isEqualTo("after");
            }
            before.close();
        }
    }

    @Test
    void aFrozenConnectionHearsNothingOfItsServerClosingIt() throws Exception {
        try (ServerSocket target = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                TcpRelay relay = new TcpRelay(target::getLocalPort);
                Socket client = connect(relay);
                Socket server = target.accept()) {
            client.getOutputStream().write('a');
            assertThat(server.getInputStream().read()).isEqualTo('a');

            relay.freeze();
            server.close();
            await().atMost(Duration.ofSeconds(10)).until(() -> relay.ends() >= 1);
            // the relay has let the server's end go: no end of the stream came to the client with it
            client.setSoTimeout(200);
            assertThatThrownBy(() -> client.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);

            relay.close();
            client.setSoTimeout(10_000);
            assertClosed(client);
        }
    }

    @Test
    void aSharedRelayIsOneForTheJvmAndTargetedByName() throws IOException {
        int port = SharedTcpRelay.port("tcp-relay-test");
        assertThat(SharedTcpRelay.port("tcp-relay-test")).isEqualTo(port);
        assertThat(SharedTcpRelay.port("another")).isNotEqualTo(port);

        SharedTcpRelay.target("tcp-relay-test", echo.getLocalPort());
        try (Socket relayed = new Socket(InetAddress.getLoopbackAddress(), port)) {
            relayed.setSoTimeout(10_000);
            assertThat(roundTrip(relayed, "shared")).isEqualTo("shared");
        }
    }

    private static Socket connect(TcpRelay relay) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), relay.port());
        socket.setSoTimeout(10_000); // every read below waits at most this long
        return socket;
    }

    private static String roundTrip(Socket socket, String text) throws IOException {
        byte[] sent = text.getBytes(StandardCharsets.UTF_8);
        socket.getOutputStream().write(sent);
        socket.getOutputStream().flush();
        return new String(socket.getInputStream().readNBytes(sent.length), StandardCharsets.UTF_8);
    }

    /** The relay closed the connection: the end of the stream, not a byte. */
    private static void assertClosed(Socket socket) throws IOException {
        assertThat(socket.getInputStream().read()).isEqualTo(-1);
    }
}
