package io.quarkiverse.jsonrpc.client.runtime.transport.websocket;

import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;

import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;

/**
 * The pings of one connection, where {@code ping-interval} is set: a ping frame every interval, and the connection
 * given up when no frame at all, the pong or any other, came in the interval after a ping. A NAT or a load balancer
 * that forgot the connection leaves it so: open, and silent both ways, which nothing else would ever notice.
 */
final class Pings {

    private final Vertx vertx;
    private final Duration interval;
    private final WebSocket ws;
    private final URI url;
    private final Consumer<String> dropped;
    // guarded by this
    private long timer = -1;
    private boolean stopped;
    /** A frame came since the last ping. */
    private volatile boolean heard;
    /** A ping was sent: the next tick checks its answer. Only the timer's ticks, one at a time, touch it. */
    private boolean pinged;

    private Pings(Vertx vertx, Duration interval, WebSocket ws, URI url, Consumer<String> dropped) {
        this.vertx = vertx;
        this.interval = interval;
        this.ws = ws;
        this.url = url;
        this.dropped = dropped;
    }

    /**
     * The pings of a new connection; {@code null} without {@code ping-interval}.
     *
     * @param dropped gives the connection up, saying how it closed, when a ping had no answer; it runs once, on the
     *        timer's context, the pings stopped
     */
    static Pings of(Vertx vertx, ClientSettings settings, WebSocket ws, Consumer<String> dropped) {
        return settings.pingInterval().map(interval -> new Pings(vertx, interval, ws, settings.url(), dropped))
                .orElse(null);
    }

    /**
     * The first ping goes after one interval; every frame of the connection counts as an answer, which takes its
     * frame handler. None where the pings stopped already, the connection dropped before they could start.
     *
     * @throws IllegalStateException where the connection closed already, as Vert.x refuses a handler then
     */
    void start() {
        ws.frameHandler(frame -> heard = true);
        synchronized (this) {
            if (!stopped) {
                timer = vertx.setPeriodic(Math.max(1, interval.toMillis()), ignored -> tick());
            }
        }
    }

    /** No more pings: the connection closed, or the client. */
    synchronized void stop() {
        stopped = true;
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }

    private void tick() {
        if (pinged && !heard) {
            stop();
            unanswered();
            return;
        }
        heard = false;
        pinged = true;
        try {
            ws.writePing(Buffer.buffer());
        } catch (IllegalStateException closed) {
            // the connection closed meanwhile: its close handler takes it from here
            stop();
        }
    }

    /**
     * The connection is dropped now, not once its closing handshake, which nobody answers either, times out; the close
     * frame goes all the same, for a server that is only slow.
     */
    private void unanswered() {
        dropped.accept("The WebSocket connection to " + url + " closed (no answer to a ping within "
                + ClientSettings.text(interval) + ", the ping-interval)");
        ws.close((short) 1001, "No answer to a ping");
    }
}
