package io.quarkiverse.jsonrpc.client.runtime;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkiverse.jsonrpc.client.runtime.protocol.ReadFailures;
import io.quarkiverse.jsonrpc.common.json.ExactDecimals;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/** Connects the {@code @OnJsonRpcNotification} bean methods to their clients' connections. */
final class NotificationReceivers {

    private static final Logger LOG = Logger.getLogger(NotificationReceivers.class);

    private NotificationReceivers() {
    }

    static void register(List<RecordedReceiver> receivers, Map<String, ClientCore> clients, ObjectMapper mapper) {
        for (RecordedReceiver receiver : receivers) {
            ClientCore client = clients.get(receiver.configKey());
            if (!client.transport().carriesNotifications()) {
                throw new ConfigurationException(receiver.javaMethod() + " receives notifications of the JSON-RPC"
                        + " client '" + receiver.configKey() + "', whose URL " + client.settings().url() + " is not a"
                        + " WebSocket: only ws:// and wss:// carry server notifications");
            }
            ObjectReader reader = receiver.paramType() == null ? null
                    : mapper.readerFor(RecordedTypes.of(mapper.getTypeFactory(), receiver.paramType()));
            client.connection().router().addReceiver(receiver.method(), params -> deliver(receiver, reader, params));
        }
        clients.values().stream().map(ClientCore::connection).filter(c -> c.router().wantsConnection())
                .forEach(c -> c.transport().connect());
    }

    private static void deliver(RecordedReceiver receiver, ObjectReader reader, JsonNode params) {
        Object[] args;
        try {
            args = reader == null ? new Object[0] : new Object[] { ExactDecimals.read(reader, params) };
        } catch (Exception e) {
            LOG.warnf("Ignored a %s notification that %s cannot read: %s", receiver.method(), receiver.javaMethod(),
                    ReadFailures.reason(e));
            return;
        }
        if (receiver.nonBlocking()) {
            invoke(receiver, args);
            return;
        }
        Context context = Vertx.currentContext();
        // ordered: the method sees the notifications in the order they arrived
        context.executeBlocking(() -> {
            invoke(receiver, args);
            return null;
        }, true);
    }

    private static void invoke(RecordedReceiver receiver, Object[] args) {
        try {
            Object result = receiver.invoker().getValue().invoke(null, args);
            if (result instanceof Uni<?> uni) {
                uni.subscribe().with(ignored -> {
                }, failure -> failed(receiver, failure));
            } else if (result instanceof CompletionStage<?> stage) {
                stage.whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        failed(receiver, failure);
                    }
                });
            }
        } catch (Exception e) {
            failed(receiver, e);
        }
    }

    private static void failed(RecordedReceiver receiver, Throwable failure) {
        LOG.errorf(failure, "%s failed on a %s notification", receiver.javaMethod(), receiver.method());
    }
}
