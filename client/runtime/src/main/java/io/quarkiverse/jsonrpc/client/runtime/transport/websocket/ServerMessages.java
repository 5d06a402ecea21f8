package io.quarkiverse.jsonrpc.client.runtime.transport.websocket;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ErrorObjects;
import io.quarkiverse.jsonrpc.client.runtime.protocol.Incoming;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ResponseHandler;
import io.quarkiverse.jsonrpc.client.runtime.transport.ConnectionListener;

/**
 * What a server sends on a client's connection, each message handed to whom it is for: an answer to the call waiting
 * for its id, a notification to the listener, and a request, which a client cannot serve, answered as the spec
 * answers a method it does not know. An error with a {@code null} id answers the calls of the one message it can
 * answer ({@link MessagesInFlight}). What is not JSON-RPC is logged and left: the calls it may have answered time out.
 */
final class ServerMessages {

    private static final Logger LOG = Logger.getLogger(ServerMessages.class);

    private final String url;
    private final String client;
    private final ObjectReader treeReader;
    private final PendingCalls pending;
    private final ConnectionListener listener;

    ServerMessages(ClientSettings settings, ObjectReader treeReader, PendingCalls pending,
            ConnectionListener listener) {
        this.url = settings.url().toString();
        this.client = settings.configKey();
        this.treeReader = treeReader;
        this.pending = pending;
        this.listener = listener;
    }

    /**
     * @param inFlight the messages of the connection it came on that the server may still answer
     * @param reply writes a message back on the connection the message came on
     */
    void received(byte[] message, MessagesInFlight inFlight, Consumer<byte[]> reply) {
        Incoming incoming;
        try {
            incoming = Incoming.parse(treeReader, message);
        } catch (IOException e) {
            // no call can be told: the calls waiting for an answer time out
            LOG.warnf("Ignored a message from %s that is not JSON-RPC: %s", url,
                    Incoming.abbreviate(new String(message, StandardCharsets.UTF_8)));
            return;
        }
        for (String member : incoming.malformed()) {
            // its call, if it names one, times out
            LOG.warnf("Ignored a member of a batch answer from %s that is not JSON-RPC: %s", url, member);
        }
        for (Incoming.Response response : incoming.responses()) {
            if (response.id() != null) {
                inFlight.answered(response.id());
                ResponseHandler handler = pending.take(response.id());
                if (handler != null) {
                    handler.onResponse(response);
                }
            }
        }
        // once the ids of the message are counted: a batch answer with an error for a member it could not read
        for (Incoming.Response response : incoming.responses()) {
            if (response.id() == null && response.error() != null) {
                unnamedError(response, inFlight.answeredByError());
            }
        }
        for (Incoming.Notification notification : incoming.notifications()) {
            if (notification.id() != null && !notification.id().isNull()) {
                reply.accept(methodNotFound(notification));
            } else {
                listener.onNotification(notification);
            }
        }
    }

    /**
     * An error with a null id: the server could not read a message. It fails the calls of that message where it is
     * known and they wait; else it is logged, as nothing else hears of it.
     *
     * @param answered the one message it can answer; {@code null} when several can
     */
    private void unnamedError(Incoming.Response response, MessagesInFlight.Message answered) {
        boolean told = false;
        if (answered != null) {
            for (Long id : answered.calls.keySet()) {
                ResponseHandler handler = pending.take(id);
                if (handler != null) {
                    handler.onResponse(response);
                    told = true;
                }
            }
        }
        if (told) {
            return;
        }
        String which = answered == null
                ? "it answers a message the server could not read, which is not known here: the calls on their way"
                        + " wait for their own answers, or time out"
                : answered.calls.isEmpty() ? "it answers a message of notifications, which the server did not take"
                        : "it answers a message whose calls gave up";
        JsonRpcClientException error = ErrorObjects.toException(null, response.error());
        LOG.warnf("%s sent error %d %s%s with a null id on the connection of the JSON-RPC client '%s': %s", url,
                error.code(), error.getMessage(), error.data() == null ? ""
                        : " (" + Incoming.abbreviate(error.data().isTextual() ? error.data().asText()
                                : error.data().toString()) + ")",
                client, which);
    }

    private static byte[] methodNotFound(Incoming.Notification request) {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        error.put("jsonrpc", "2.0");
        error.putObject("error").put("code", -32601).put("message", "Method not found");
        error.set("id", request.id());
        return error.toString().getBytes(StandardCharsets.UTF_8);
    }
}
