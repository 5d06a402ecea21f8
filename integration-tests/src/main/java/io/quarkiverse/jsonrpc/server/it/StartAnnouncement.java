package io.quarkiverse.jsonrpc.server.it;

import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkiverse.jsonrpc.server.JsonRpcNotifier;
import io.quarkus.runtime.StartupEvent;

/**
 * With {@code example.start-announcement} set, the instance tells every connection of the others, as it starts, that
 * it is there. Among the first to observe the start, before the extension's own observers. Unset, as it is but in the
 * tests, nothing is sent.
 */
@ApplicationScoped
public class StartAnnouncement {

    @ConfigProperty(name = "example.start-announcement")
    Optional<String> text;

    void announce(@Observes @Priority(1) StartupEvent event, JsonRpcNotifier notifier) {
        text.ifPresent(announcement -> notifier.all().sendAndAwait("chat.announcement", Map.of("text", announcement)));
    }
}
