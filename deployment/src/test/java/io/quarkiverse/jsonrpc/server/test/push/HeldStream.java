package io.quarkiverse.jsonrpc.server.test.push;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * A stream the test emits into, whose item is held as it is made a notification until the test lets it go on: a
 * notification on its way at the moment the test chooses (an unsubscribe, a close). One subscription per application.
 */
public class HeldStream {

    static final CountDownLatch subscribed = new CountDownLatch(1);
    static final CountDownLatch cancelled = new CountDownLatch(1);
    static final CountDownLatch writing = new CountDownLatch(1);
    static final CountDownLatch written = new CountDownLatch(1);
    static final AtomicInteger serialized = new AtomicInteger();
    static volatile MultiEmitter<? super Item> emitter;

    @JsonSerialize(using = ItemSerializer.class)
    public record Item(String text) {
    }

    public static class ItemSerializer extends JsonSerializer<Item> {
        @Override
        public void serialize(Item item, JsonGenerator generator, SerializerProvider provider) throws IOException {
            serialized.incrementAndGet();
            writing.countDown();
            try {
                written.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            generator.writeString(item.text());
        }
    }

    @JsonRpc
    public Multi<Item> heldItem() {
        return Multi.createFrom().<Item> emitter(e -> {
            emitter = e;
            subscribed.countDown();
        }).onCancellation().invoke(cancelled::countDown);
    }

    /** The classes of the fixture, for the application's archive. */
    static Class<?>[] classes() {
        return new Class<?>[] { HeldStream.class, Item.class, ItemSerializer.class };
    }
}
