package io.quarkiverse.jsonrpc.server.it;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What is said in a room, the params of {@code chat.message}: {@code {"room":"kitchen","text":"hello"}}, its members in
 * this order, as a record's are written (a {@code Map.of} has no order of its own). Registered for reflection, as a
 * notification's params are passed as {@code Object}.
 */
@RegisterForReflection
public record ChatMessage(String room, String text) {
}
