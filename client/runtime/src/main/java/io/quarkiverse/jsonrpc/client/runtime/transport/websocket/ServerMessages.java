package io.quarkiverse.jsonrpc.client.runtime.transport.websocket;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.jsonrpc.client.runtime.protocol.Incoming;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ResponseHandler;
import io.quarkiverse.jsonrpc.client.runtime.transport.ConnectionListener;

/**
 * What a server sends on a client's connection, each message handed to whom it is for: an answer to the call waiting
 * for its id, a notification to the listener, and a request, which a client cannot serve, answered as the spec
 * answers a method it does not know. What is not JSON-RPC is logged and left: the calls it may have answered time out.
 */
final class ServerMessages {

    private static final Logger LOG = Logger.getLogger(ServerMessages.class);

    private final String url;
    private final ObjectReader treeReader;
    private final Map<Long, ResponseHandler> pending;
    private final ConnectionListener listener;

    ServerMessages(String url, ObjectReader treeReader, Map<Long, ResponseHandler> pending,
            ConnectionListener listener) {
        this.url = url;
        this.treeReader = treeReader;
        this.pending = pending;
        this.listener = listener;
    }

    /** @param reply writes a message back on the connection the message came on */
    void received(byte[] message, Consumer<byte[]> reply) {
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
            ResponseHandler handler = response.id() == null ? null : pending.remove(response.id());
            if (handler != null) {
                handler.onResponse(response);
            } else if (response.error() != null) {
                // a null id: the server could not read a message, and which of those on their way is not known
                LOG.warnf("%s sent an error for no pending call (the calls waiting for an answer time out): %s", url,
                        response.error());
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

    private static byte[] methodNotFound(Incoming.Notification request) {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        error.put("jsonrpc", "2.0");
        error.putObject("error").put("code", -32601).put("message", "Method not found");
        error.set("id", request.id());
        return error.toString().getBytes(StandardCharsets.UTF_8);
    }
}
