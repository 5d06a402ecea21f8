package io.quarkiverse.jsonrpc.server.runtime.push;

import java.util.function.Function;

import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerConfig.Subscriptions.Overflow;
import io.quarkiverse.jsonrpc.server.runtime.engine.ErrorObject;
import io.quarkiverse.jsonrpc.server.runtime.engine.NotificationWriter;

/**
 * What the sessions share to push messages: the registry, the wire format, how a failed stream is reported, and
 * what a stream that outruns its client gets.
 */
public record PushSupport(ConnectionRegistry registry, NotificationWriter writer,
        Function<Throwable, ErrorObject> errors, Overflow overflow) {
}
