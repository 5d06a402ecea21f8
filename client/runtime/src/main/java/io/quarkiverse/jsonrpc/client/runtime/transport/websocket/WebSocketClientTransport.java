package io.quarkiverse.jsonrpc.client.runtime.transport.websocket;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ResponseHandler;
import io.quarkiverse.jsonrpc.client.runtime.transport.ClientTrafficLog;
import io.quarkiverse.jsonrpc.client.runtime.transport.ClientTransport;
import io.quarkiverse.jsonrpc.client.runtime.transport.ConnectionListener;
import io.quarkiverse.jsonrpc.client.runtime.transport.ConnectionOptions;
import io.quarkiverse.jsonrpc.client.runtime.transport.FailureReasons;
import io.quarkiverse.jsonrpc.client.runtime.transport.MessageObservation;
import io.quarkiverse.jsonrpc.common.json.ExactDecimals;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;

/**
 * One WebSocket connection shared by every call of a client: opened at the first message, answers matched to their
 * calls by id, and, after a drop, reopened in the background with a growing delay while something waits for
 * notifications ({@link ConnectionListener#wantsConnection()}), else at the next call.
 */
public final class WebSocketClientTransport implements ClientTransport {

    private static final Logger LOG = Logger.getLogger(WebSocketClientTransport.class);

    private final Vertx vertx;
    private final ClientSettings settings;
    private final Upgrades upgrades;
    private final PendingCalls pending = new PendingCalls();
    private final ConnectionListener listener;
    private final ServerMessages messages;
    /** {@code null} where traffic logging is off. */
    private final ClientTrafficLog traffic;

    // guarded by this
    private WebSocket socket;
    /** The messages on {@link #socket} the server may still answer. */
    private MessagesInFlight inFlight;
    /** The pings of {@link #socket}; {@code null} without {@code ping-interval}. */
    private Pings pings;
    private Future<WebSocket> connecting;
    private boolean closed;
    private boolean connectedBefore;
    private long reconnectTimer = -1;
    /** The application is stopping: no reconnection (see {@link #stopReconnecting()}). */
    private boolean stopping;
    private final ReconnectBackOff backOff;
    private final OutageLog outages;

    public WebSocketClientTransport(Vertx vertx, ObjectMapper mapper, ClientSettings settings, ConnectionOptions connections,
            ConnectionListener listener) {
        this.vertx = vertx;
        this.backOff = new ReconnectBackOff(settings.reconnect());
        this.outages = new OutageLog(settings);
        this.settings = settings;
        this.listener = listener;
        this.messages = new ServerMessages(settings, ExactDecimals.treeReader(mapper), pending, listener);
        this.traffic = ClientTrafficLog.of(settings);
        this.upgrades = new Upgrades(vertx, settings, connections);
    }

    @Override
    public void send(byte[] message, MessageObservation observation, Map<Long, ResponseHandler> awaiting,
            long answerTimeoutMillis, Handler<AsyncResult<Void>> sent) {
        if (pending.register(awaiting)) {
            sent.handle(Future.failedFuture(allGaveUp()));
            return;
        }
        written(message, observation, awaiting).onComplete(written -> {
            if (written.failed()) {
                Throwable failure = written.cause() instanceof JsonRpcTransportException
                        ? written.cause()
                        : new JsonRpcTransportException("Sending to " + settings.url() + " failed: "
                                + FailureReasons.of(written.cause()), written.cause());
                pending.fail(awaiting.keySet(), failure);
                sent.handle(Future.failedFuture(failure));
            } else {
                sent.handle(Future.succeededFuture());
            }
        });
    }

    /** The message written on the connection, opened first where none is. */
    private Future<Void> written(byte[] message, MessageObservation observation, Map<Long, ResponseHandler> awaiting) {
        return connection().compose(ws -> {
            if (ResponseHandler.noneWaiting(awaiting)) {
                // they gave up (timed out, cancelled) while the connection opened: the server would run them for nobody
                return Future.failedFuture(allGaveUp());
            }
            MessagesInFlight candidates = sendingOn(ws, awaiting);
            if (candidates == null) {
                // it dropped after it was handed over, before the message went on it: the next one takes it
                return written(message, observation, awaiting);
            }
            observation.peer(ws.remoteAddress());
            return candidates.written(awaiting, () -> write(ws, message));
        });
    }

    private static JsonRpcTransportException allGaveUp() {
        return new JsonRpcTransportException("Every call of the message gave up before it was sent", null);
    }

    /**
     * The calls go on this connection, and fail if it drops: marked while it is the open one, so that a drop, which
     * fails the calls marked once it is no longer, misses none.
     *
     * @return the messages on the connection the server may still answer; {@code null} where it dropped meanwhile
     */
    private synchronized MessagesInFlight sendingOn(WebSocket ws, Map<Long, ResponseHandler> awaiting) {
        if (socket != ws) {
            return null;
        }
        pending.sentOn(awaiting.keySet(), ws);
        return inFlight;
    }

    @Override
    public void forget(long id) {
        pending.forget(id);
    }

    @Override
    public boolean carriesNotifications() {
        return true;
    }

    @Override
    public void connect() {
        connection().onFailure(this::retryInBackground);
    }

    /**
     * A connection opened in the background, for what waits for notifications, failed: logged ({@link OutageLog}), and
     * tried again later where the client reconnects (else at its next call).
     */
    private void retryInBackground(Throwable failure) {
        // the attempt's failure says "Cannot connect to <url>: <cause>" for a call; the log line names the URL itself
        Throwable reason = failure.getCause() != null ? failure.getCause() : failure;
        if (retryLogged(FailureReasons.of(reason))) {
            scheduleReconnect();
        }
    }

    /** Logs a failed attempt, the first of an outage at WARN; {@code false} when the client no longer reconnects. */
    private boolean retryLogged(String failure) {
        boolean first;
        synchronized (this) {
            if (closed || stopping) {
                return false;
            }
            first = backOff.failed();
        }
        outages.attemptFailed(first, failure);
        return true;
    }

    /**
     * The connection closed before it worked: a failed attempt, logged as the first failure of an outage is, where
     * something waits for notifications. Said as it happened: the connection opened, and the server closed it (an open
     * hook turning the client away, a first message over its largest), or the client did. Where nothing waits for
     * notifications, nothing reconnects in the background, and the calls on the connection fail saying how it closed.
     *
     * @param how how it closed, where the client closed it
     */
    private void closedEarly(WebSocket ws, String how) {
        if (!listener.wantsConnection()) {
            return;
        }
        synchronized (this) {
            if (closed || stopping || !backOff.failed()) {
                return;
            }
        }
        outages.closedEarly(ws, how);
    }

    private synchronized Future<WebSocket> connection() {
        if (closed) {
            return Future.failedFuture(new JsonRpcTransportException("The JSON-RPC client '" + settings.configKey()
                    + "' is closed", null));
        }
        if (socket != null) {
            return Future.succeededFuture(socket);
        }
        if (connecting == null) {
            Future<WebSocket> attempt = upgrades.open().transform(result -> {
                if (result.succeeded()) {
                    return opened(result.result());
                }
                synchronized (this) {
                    connecting = null;
                }
                return Future.failedFuture(result.cause());
            });
            // headers that failed at once: the attempt is over already, and must not be kept as the one under way
            if (!attempt.isComplete()) {
                connecting = attempt;
            }
            return attempt;
        }
        return connecting;
    }

    /** The connection, once its handlers are set; the attempt's failure where it closed before they could be. */
    private Future<WebSocket> opened(WebSocket ws) {
        boolean reconnected;
        boolean recoveredFromOutage;
        MessagesInFlight candidates = new MessagesInFlight();
        Pings pinging = Pings.of(vertx, settings, ws, closed -> dropped(ws, closed));
        synchronized (this) {
            connecting = null;
            if (closed) {
                ws.close();
                return Future.failedFuture(new JsonRpcTransportException("The JSON-RPC client '"
                        + settings.configKey() + "' is closed", null));
            }
            socket = ws;
            inFlight = candidates;
            pings = pinging;
            reconnected = connectedBefore;
            connectedBefore = true;
            recoveredFromOutage = backOff.opened();
        }
        try {
            ws.textMessageHandler(text -> received(candidates, text.getBytes(StandardCharsets.UTF_8)));
            // JSON-RPC travels in text messages, but a server that sends its JSON in binary ones is understood too
            ws.binaryMessageHandler(data -> received(candidates, data.getBytes()));
            ws.closeHandler(ignored -> dropped(ws, ServerCloses.closed(ws, settings)));
            if (pinging != null) {
                pinging.start();
            }
        } catch (IllegalStateException closedAlready) {
            // Vert.x refuses handlers once the server has closed the connection, which it may have done before this
            // runs: this runs on the context of whoever asked for the connection, the close on the connection's own.
            // Kept, the closed connection would serve as the open one for good, never dropped nor reopened.
            String closed = ServerCloses.closed(ws, settings);
            dropped(ws, closed);
            return Future.failedFuture(new JsonRpcTransportException(closed + " right after it opened", null));
        }
        ws.exceptionHandler(failure -> ConnectionFailures.handle(ws, failure, settings, this::dropped));
        if (recoveredFromOutage) {
            outages.connected();
        }
        if (reconnected) {
            listener.onReconnected();
        }
        return Future.succeededFuture(ws);
    }

    private void received(MessagesInFlight candidates, byte[] message) {
        if (traffic != null) {
            traffic.received(message);
        }
        backOff.heard();
        messages.received(message, candidates, this::reply);
    }

    /** A message back to the server, on the connection open, if one is. */
    private void reply(byte[] message) {
        WebSocket ws;
        synchronized (this) {
            ws = socket;
        }
        if (ws != null) {
            write(ws, message);
        }
    }

    /** Writes one message, logged first where traffic logging is on. */
    private Future<Void> write(WebSocket ws, byte[] message) {
        if (traffic != null) {
            traffic.sent(message);
        }
        return TextFrames.write(ws, message);
    }

    /**
     * The connection closed: what waited on it fails, and a new one is made if anything waits for one.
     *
     * @param closed how it closed, which the failures say
     */
    private void dropped(WebSocket ws, String closed) {
        Pings stopped;
        MessagesInFlight written;
        synchronized (this) {
            if (socket != ws) {
                return;
            }
            socket = null;
            stopped = pings;
            pings = null;
            written = inFlight;
        }
        ServerCloses.notificationsRefused(ws, closed, written, settings);
        if (stopped != null) {
            stopped.stop();
        }
        LOG.debug(closed);
        boolean lasted;
        synchronized (this) {
            lasted = backOff.dropped();
        }
        if (!lasted) {
            // as a failed attempt: logged as the first failure of an outage is, and reconnected to after a pause
            closedEarly(ws, closed);
        }
        JsonRpcTransportException unanswered = new JsonRpcTransportException(closed + " before the answer arrived",
                null);
        // what was subscribed or listening ends with the connection, or waits for the next (resubscribe): before the
        // calls waiting fail, so that a subscribe call among them is made again rather than ending its subscription
        listener.onDisconnected(new JsonRpcTransportException(closed, null));
        pending.failSentOn(ws, unanswered);
        if (lasted && !settings.reconnect().enabled()) {
            unheard(closed);
        }
        scheduleReconnect();
    }

    /**
     * Without reconnection, a drop leaves what waits for notifications (receivers, subscriptions to renew) without
     * any until the next call, and nothing of theirs fails to say so: logged, as a failed attempt would be.
     */
    private void unheard(String how) {
        synchronized (this) {
            if (closed || stopping || !listener.wantsConnection()) {
                return;
            }
        }
        outages.unheard(how);
    }

    private void scheduleReconnect() {
        long delay;
        synchronized (this) {
            if (closed || stopping || !settings.reconnect().enabled() || !listener.wantsConnection()
                    || reconnectTimer != -1) {
                return;
            }
            delay = backOff.nextDelay();
            reconnectTimer = vertx.setTimer(delay, timer -> {
                synchronized (this) {
                    reconnectTimer = -1;
                }
                connection().onFailure(this::retryInBackground);
            });
        }
        LOG.debugf("Reconnecting to %s in %d ms", settings.url(), delay);
    }

    @Override
    public void stopReconnecting() {
        synchronized (this) {
            stopping = true;
            if (reconnectTimer != -1) {
                vertx.cancelTimer(reconnectTimer);
                reconnectTimer = -1;
            }
        }
    }

    @Override
    public Future<Void> close() {
        WebSocket ws;
        Pings stopped;
        synchronized (this) {
            closed = true;
            if (reconnectTimer != -1) {
                vertx.cancelTimer(reconnectTimer);
            }
            ws = socket;
            socket = null;
            stopped = pings;
            pings = null;
        }
        if (stopped != null) {
            stopped.stop();
        }
        JsonRpcTransportException failure = new JsonRpcTransportException("The JSON-RPC client '"
                + settings.configKey() + "' was closed before the answer arrived", null);
        pending.failAll(failure);
        Future<Void> closing = ws == null ? Future.succeededFuture() : ws.close((short) 1001, "Client shutting down");
        return closing.eventually(upgrades::close);
    }
}
