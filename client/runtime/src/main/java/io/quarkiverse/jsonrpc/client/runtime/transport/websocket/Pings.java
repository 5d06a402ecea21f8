package io.quarkiverse.jsonrpc.client.runtime.transport.websocket;

import java.time.Duration;

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
    private final Runnable unanswered;
    private volatile long timer = -1;
    /** A frame came since the last ping. */
    private volatile boolean heard;
    /** A ping was sent: the next tick checks its answer. Only the timer's ticks, one at a time, touch it. */
    private boolean pinged;

    /**
     * @param ws whose frames must all be passed to {@link #heard()}
     * @param unanswered runs once, on the timer's context, when a ping had no answer; the pings have stopped then
     */
    Pings(Vertx vertx, Duration interval, WebSocket ws, Runnable unanswered) {
        this.vertx = vertx;
        this.interval = interval;
        this.ws = ws;
        this.unanswered = unanswered;
    }

    /** The first ping goes after one interval. */
    void start() {
        timer = vertx.setPeriodic(Math.max(1, interval.toMillis()), ignored -> tick());
    }

    /** A frame came in. */
    void heard() {
        heard = true;
    }

    /** No more pings: the connection closed, or the client. */
    void stop() {
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }

    private void tick() {
        if (pinged && !heard) {
            stop();
            unanswered.run();
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
}
